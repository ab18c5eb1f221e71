package cn.jixiao.db;

import cn.jixiao.testsupport.OneShotProcess;
import cn.jixiao.testsupport.Postgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department on one shared PostgreSQL, through the real jar: an officer's H2 file copied into the server and
 * back (same export, byte for byte), authors in history and list, and two processes editing one declaration at
 * once without losing an update.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamUseIT {
    private static final Path FORMS = Path.of("src/test/resources/samples/nantong-2026-six-forms.md").toAbsolutePath();

    @TempDir
    static Path laptop;
    @TempDir
    static Path server;
    @TempDir
    static Path copyBack;

    private static String pg;

    @BeforeAll
    static void startPostgres() {
        pg = Postgres.newDatabase();
    }

    private static String h2(Path home) {
        return home.resolve("db").resolve("jixiao").toString();
    }

    /** {@code jixiao args…} in its own JVM, in {@code home} with {@code JIXIAO_DB=db} and {@code env}. */
    private static OneShotProcess.Result run(Path home, String db, Map<String, String> env, String... args)
            throws Exception {
        return new OneShotProcess(home, home, db, OneShotProcess.OWN_JVM).run(env, args);
    }

    private static OneShotProcess.Result ok(OneShotProcess.Result r) {
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isZero();
        return r;
    }

    @Test
    @Order(1)
    void aLaptopDatabaseCopiedToPostgresAndBackExportsTheSameJson() throws Exception {
        Map<String, String> wang = Map.of("JIXIAO_USER", "王芳");
        ok(run(laptop, h2(laptop), wang, "import", FORMS.toString()));
        ok(run(laptop, h2(laptop), wang, "header", "set", "contact", "张三 0513-1234567", "--id", "2"));

        OneShotProcess.Result copied = ok(run(laptop, h2(laptop), wang, "db", "copy", "--to", pg));
        assertThat(copied.out()).contains("6 张申报表", "7 个版本");
        ok(run(copyBack, h2(copyBack), Map.of(), "db", "copy", "--from", pg));

        Path fromLaptop = laptop.resolve("all.json");
        Path fromServer = server.resolve("all.json");
        Path fromCopy = copyBack.resolve("all.json");
        ok(run(laptop, h2(laptop), Map.of(), "export", "--all", "--format", "json", "--out", fromLaptop.toString()));
        ok(run(server, pg, Map.of(), "export", "--all", "--format", "json", "--out", fromServer.toString()));
        ok(run(copyBack, h2(copyBack), Map.of(), "export", "--all", "--format", "json", "--out", fromCopy.toString()));
        assertThat(Files.readString(fromLaptop)).contains("张三 0513-1234567");
        assertThat(fromServer).hasSameTextualContentAs(fromLaptop);
        assertThat(fromCopy).hasSameTextualContentAs(fromLaptop);

        OneShotProcess.Result info = ok(run(server, pg, Map.of("JIXIAO_USER", "李四"), "db", "info", "--json"));
        assertThat(info.out()).contains("\"database\" : \"postgresql\"", "\"shared\" : true", "\"schemaVersion\" : \"",
                "\"author\" : \"李四\"");
        assertThat(info.out()).doesNotContain("password");
    }

    @Test
    @Order(2)
    void copyingIntoANonEmptyDatabaseIsRefusedUnlessReplaced() throws Exception {
        OneShotProcess.Result refused = run(laptop, h2(laptop), Map.of(), "db", "copy", "--to", pg);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--replace");
        assertThat(declarations(pg)).isEqualTo(6);
        OneShotProcess.Result replaced = ok(run(laptop, h2(laptop), Map.of(), "db", "copy", "--to", pg, "--replace"));
        assertThat(replaced.out()).contains("6 张申报表");
        assertThat(declarations(pg)).isEqualTo(6);
    }

    @Test
    @Order(3)
    void historyAndListShowWhoChangedWhat() throws Exception {
        ok(run(server, pg, Map.of("JIXIAO_USER", "李四"), "header", "set", "contact", "李四", "--id", "3"));
        OneShotProcess.Result history = ok(run(server, pg, Map.of(), "history", "--id", "3"));
        assertThat(history.out()).contains("王芳", "李四");
        OneShotProcess.Result byLi = ok(run(server, pg, Map.of(), "list", "--author", "李四", "--json"));
        assertThat(byLi.out()).contains("\"id\" : 3", "\"updatedBy\" : \"李四\"");
        assertThat(byLi.out().split("\"id\"")).hasSize(2);
        OneShotProcess.Result byWang = ok(run(server, pg, Map.of(), "list", "--author", "王芳", "--json"));
        assertThat(byWang.out().split("\"id\"")).hasSize(7);
        OneShotProcess.Result diff = ok(run(server, pg, Map.of(), "diff", "1", "--id", "3"));
        assertThat(diff.out()).contains("王芳 → 李四");
    }

    @Test
    @Order(4)
    void twoProcessesEditingOneDeclarationLoseNoUpdate() throws Exception {
        OneShotProcess.Result created = ok(run(server, pg, Map.of(), "new", "--name", "并发修改", "--year", "2026"));
        Matcher m = Pattern.compile("#(\\d+)").matcher(created.out());
        assertThat(m.find()).as(created.out()).isTrue();
        String id = m.group(1);
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (String who : List.of("甲", "乙")) {
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    String value = who + i;
                    OneShotProcess.Result r = run(server, pg, Map.of("JIXIAO_USER", who), "header", "set", "contact",
                            value, "--id", id);
                    assertThat(r.exit()).as("exit 0, or 2 for a stale save; stderr: %s", r.err()).isIn(0, 2);
                    if (r.exit() == 0) {
                        accepted.add(value);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        pool.shutdown();
        assertThat(accepted).isNotEmpty();
        List<String> stored = contacts(pg, Long.parseLong(id));
        assertThat(stored).as("one revision per accepted edit, each edit's value kept").hasSize(1 + accepted.size());
        assertThat(stored.subList(1, stored.size())).containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    @Order(5)
    void aMaintainerPublishesATemplateAndAnOfficersWorkingCopyDoesNotOverrideIt() throws Exception {
        Path shipped = Path.of("templates/indicators/printing.yaml").toAbsolutePath();
        Path published = server.resolve("printing.yaml");
        Files.writeString(published, Files.readString(shipped).replace("title: 印刷", "title: 印刷（部门统一版）"));
        OneShotProcess.Result imported = ok(run(server, pg, Map.of("JIXIAO_USER", "维护员"), "template", "import",
                published.toString()));
        assertThat(imported.out()).contains("printing");

        Path workingCopy = laptop.resolve("my-templates");
        Files.createDirectories(workingCopy.resolve("indicators"));
        Files.writeString(workingCopy.resolve("indicators/printing.yaml"),
                Files.readString(shipped).replace("title: 印刷", "title: 印刷（我的旧稿）"));
        OneShotProcess.Result listed = ok(run(laptop, pg, Map.of("JIXIAO_USER", "王芳",
                "JIXIAO_TEMPLATES", workingCopy.toString()), "template", "list", "--json"));
        assertThat(listed.out()).contains("印刷（部门统一版）", "\"author\" : \"维护员\"", "printing.yaml")
                .doesNotContain("我的旧稿");
    }

    @Test
    @Order(6)
    void importOnPostgresStoresWhatImportOnH2Stores(@TempDir Path h2Home, @TempDir Path pgHome) throws Exception {
        String freshPg = Postgres.newDatabase();
        OneShotProcess.Result onH2 = ok(run(h2Home, h2(h2Home), Map.of(), "import", FORMS.toString()));
        OneShotProcess.Result onPg = ok(run(pgHome, freshPg, Map.of(), "import", FORMS.toString()));
        assertThat(onPg.out()).isEqualTo(onH2.out());
        ok(run(h2Home, h2(h2Home), Map.of(), "export", "--all", "--format", "json", "--out", "all.json"));
        ok(run(pgHome, freshPg, Map.of(), "export", "--all", "--format", "json", "--out", "all.json"));
        assertThat(pgHome.resolve("all.json")).hasSameTextualContentAs(h2Home.resolve("all.json"));
        OneShotProcess.Result validatedPg = run(pgHome, freshPg, Map.of(), "validate", "--all", "--json");
        OneShotProcess.Result validatedH2 = run(h2Home, h2(h2Home), Map.of(), "validate", "--all", "--json");
        assertThat(validatedPg.exit()).as("the samples carry errors a reviewer flags").isEqualTo(1);
        assertThat(validatedPg.out()).isEqualTo(validatedH2.out());
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    private static int declarations(String url) throws SQLException {
        try (Connection c = connect(url); ResultSet rs = c.createStatement().executeQuery("select count(*) from declaration")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The contact field of every revision of a declaration, in order ("" where unset). */
    private static List<String> contacts(String url, long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(url); var ps = c.prepareStatement(
                "select body from declaration_revision where declaration_id = ? order by revision")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Pattern contact = Pattern.compile("\"contact\"\\s*:\\s*\"([^\"]*)\"");
                while (rs.next()) {
                    Matcher m = contact.matcher(rs.getString(1));
                    out.add(m.find() ? m.group(1) : "");
                }
            }
        }
        return out;
    }
}
