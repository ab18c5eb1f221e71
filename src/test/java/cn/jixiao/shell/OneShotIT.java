package cn.jixiao.shell;

import cn.jixiao.testsupport.OneShotProcess;
import cn.jixiao.testsupport.OneShotProcess.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot mode through the launcher and the real jar, as scripts use it: {@code ./jixiao <command…>} with exit
 * codes, stderr messages, a clean stdout and standard input. Runs in Maven's integration-test phase, after the jar
 * is packaged; a missing jar fails the test. Each JVM start costs seconds, so the steps share one database and run
 * in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneShotIT {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Path home;

    private String db;
    private OneShotProcess jixiao;

    /** Every command in a JVM of its own here; {@link OneShotResidentIT} runs the same steps through the resident jixiao. */
    boolean resident() {
        return OneShotProcess.OWN_JVM;
    }

    /** The database the steps run against: an H2 file here; {@link OneShotPostgresIT} gives a PostgreSQL URL. */
    String database(Path home) {
        return home.resolve("data").resolve("jixiao").toString();
    }

    @BeforeAll
    void setUp(@org.junit.jupiter.api.io.TempDir Path home) throws IOException {
        this.home = home;
        db = database(home);
        jixiao = new OneShotProcess(home, home, db, resident());
    }

    @AfterAll
    void stopServer() throws Exception {
        jixiao.stopServers();
    }

    Result jixiao(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        return jixiao.run(extraEnv, args);
    }

    Result jixiao(String... args) throws IOException, InterruptedException {
        return jixiao.run(args);
    }

    private static void assertUsageError(Result r, String containing) {
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).as("one-line message, no stack trace").singleElement()
                .satisfies(l -> assertThat(l).contains(containing));
    }

    /**
     * Reads the store directly, between commands (no jixiao process holds the file then), with the database's key
     * from its private key file, to check what a command left behind.
     */
    private List<String> storedNames() throws SQLException, IOException {
        try (Connection c = connect();
             ResultSet rs = c.createStatement().executeQuery("select name from declaration order by id")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private Connection connect() throws SQLException, IOException {
        if (db.startsWith("jdbc:")) {
            return DriverManager.getConnection(db);
        }
        String key = Files.readString(Path.of(db).resolveSibling("jixiao.key")).strip();
        return DriverManager.getConnection("jdbc:h2:file:" + db, "sa", key);
    }

    @Test
    @Order(1)
    void versionPrintsJixiaosOwnVersion() throws Exception {
        Result r = jixiao("version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("jixiao 0.1.0" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    @Order(2)
    void newAndAddKeepArgumentsWithSpacesAndChineseIntact() throws Exception {
        Result created = jixiao("new", "--name", "医保租赁 业务专项", "--year", "2026", "--department", "南通市医疗保障局");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.err()).isEmpty();
        assertThat(created.out()).startsWith("已新建并打开 #1 医保租赁 业务专项（2026年度，第 1 版）");

        Result added = jixiao("add", "产出指标/数量指标", "租赁车辆车次", "--half", "≥18辆", "--full", "≥ 35 辆");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.err()).isEmpty();
        // a typed value is stored as the form writes it, and the confirmation says so
        assertThat(added.out().strip()).isEqualTo("已添加 3.1.1 产出指标/数量指标/租赁车辆车次：半年 ≥18辆，全年 ≥35辆（第 2 版）\n"
                + "  “≥ 35 辆”按标准写法记为“≥35辆”");
        Result again = jixiao("new", "--name", "医保租赁 业务专项", "--year", "2026", "--department", "南通市医疗保障局");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("#1 医保租赁 业务专项（2026年度）", "--force");
        Result bad = jixiao("set", "租赁车辆车次", "--full", "≥abc%");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--full", "≥abc%");
        assertThat(storedNames()).containsExactly("医保租赁 业务专项");
    }

    @Test
    @Order(3)
    void listJsonIsExactlyOneJsonDocumentAndNothingElse() throws Exception {
        Result r = jixiao("list", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("no banner, logs or terminal warnings").isEmpty();
        JsonNode list = JSON.readTree(r.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).singleElement().satisfies(d -> {
            assertThat(d.get("id").asLong()).isEqualTo(1);
            assertThat(d.get("name").asString()).isEqualTo("医保租赁 业务专项");
            assertThat(d.get("year").asInt()).isEqualTo(2026);
            assertThat(d.get("department").asString()).isEqualTo("南通市医疗保障局");
            assertThat(d.get("totalFunds").isNull()).isTrue();
            assertThat(d.get("indicators").asInt()).isEqualTo(1);
        });
    }

    @Test
    @Order(5)
    void unknownCommandIsAUsageErrorInChinese() throws Exception {
        Result r = jixiao("frobnicate");
        assertUsageError(r, "未知命令：frobnicate");
    }

    @Test
    @Order(6)
    void englishWithJixiaoLangEn() throws Exception {
        Result r = jixiao(Map.of("JIXIAO_LANG", "en"), "frobnicate");
        assertUsageError(r, "Unknown command: frobnicate");
        assertThat(r.err()).doesNotContainPattern("[\\u4e00-\\u9fff]");
    }

    @Test
    @Order(7)
    void unknownOption() throws Exception {
        assertUsageError(jixiao("list", "--colour"), "--colour");
    }

    @Test
    @Order(8)
    void unknownId() throws Exception {
        assertUsageError(jixiao("show", "--id", "999"), "999");
    }

    @Test
    @Order(9)
    void badPath() throws Exception {
        assertUsageError(jixiao("set", "不存在的指标", "--half", "1"), "不存在的指标");
    }

    @Test
    @Order(10)
    void deleteWithoutYesIsRefusedAndKeepsTheData() throws Exception {
        assertUsageError(jixiao("delete", "1"), "--yes");
        assertThat(storedNames()).containsExactly("医保租赁 业务专项");
    }

    @Test
    @Order(11)
    void commandHelpInEitherLanguage() throws Exception {
        Result en = jixiao(Map.of("JIXIAO_LANG", "en"), "funding", "set", "--help");
        assertThat(en.exit()).as("exit code; stderr: %s", en.err()).isZero();
        assertThat(en.err()).isEmpty();
        assertThat(en.out().lines().toList()).startsWith("funding set — Set a funding source's amount (万元)",
                "Usage: funding set <SOURCE> <AMOUNT|-> [--id N]");
        Result zh = jixiao("help", "eval", "set");
        assertThat(zh.exit()).as("exit code; stderr: %s", zh.err()).isZero();
        assertThat(zh.out()).startsWith("eval set — 填写一行的完成情况\n用法：eval set <路径>");
    }

    @Test
    @Order(12)
    void languageOfOneCallDoesNotCarryOverToTheNext() throws Exception {
        assertUsageError(jixiao(Map.of("JIXIAO_LANG", "en"), "show", "--id", "998"), "998");
        Result r = jixiao("show", "--id", "998");
        assertUsageError(r, "998");
        assertThat(r.err()).containsPattern("[\\u4e00-\\u9fff]");
    }

    @Test
    @Order(13)
    void scriptFromStandardInput() throws Exception {
        Result r = jixiao.runWithInput("# from a pipe\nversion\nlist --json\n", Map.of(), "script", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("jixiao 0.1.0" + System.lineSeparator() + "[ {").contains("医保租赁 业务专项");
        Result failing = jixiao.runWithInput("version\nfrobnicate\n", Map.of(), "script", "-");
        assertThat(failing.exit()).isEqualTo(2);
        assertThat(failing.out()).isEqualTo("jixiao 0.1.0" + System.lineSeparator());
        assertThat(failing.errLines()).singleElement().satisfies(l -> assertThat(l).contains("2", "frobnicate"));
    }

    @Test
    @Order(14)
    void relativeFileNamesMeanTheWorkingDirectory() throws Exception {
        java.nio.file.Files.writeString(home.resolve("two.txt"), "version\nversion\n");
        Result r = jixiao("script", "two.txt");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(("jixiao 0.1.0" + System.lineSeparator()).repeat(2));
        assertUsageError(jixiao("script", "missing.txt"), "missing.txt");
    }
}
