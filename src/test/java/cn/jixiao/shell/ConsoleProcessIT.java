package cn.jixiao.shell;

import cn.jixiao.testsupport.OneShotProcess;
import cn.jixiao.testsupport.OneShotProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console items of issue 15 that only the real jar and launcher show: standard input as a form ({@code import -},
 * in a JVM of its own and through the resident jixiao), tables fitted to {@code COLUMNS}, and a console that keeps
 * working when {@code target/jixiao.jar} is rebuilt under it.
 */
class ConsoleProcessIT {
    private static final Path PASTE = Path.of("src/test/resources/io/jiangning-2026-paste.tsv");

    @Test
    void importReadsAFormPastedOnStandardInput(@TempDir Path home) throws Exception {
        String table = Files.readString(PASTE);
        for (boolean resident : List.of(OneShotProcess.OWN_JVM, OneShotProcess.RESIDENT)) {
            Path dir = Files.createDirectories(home.resolve(resident ? "resident" : "own"));
            OneShotProcess jixiao = new OneShotProcess(dir, dir.resolve("db").resolve("jixiao"), resident);
            try {
                Result r = jixiao.runWithInput(table, Map.of(), "import", "-", "--format", "tsv");
                assertThat(r.exit()).as(r.err()).isZero();
                assertThat(r.out()).contains("#1 医保局业务工作经费（2026年度）资金总额 60.00 万元，22 个三级指标")
                        .contains("标准输入:16").doesNotContain("jixiao-stdin");
                assertThat(jixiao.run("list", "--json").out()).contains("\"name\" : \"医保局业务工作经费\"");
                // nothing on standard input: a clear refusal, nothing stored
                Result empty = jixiao.runWithInput("", Map.of(), "import", "-", "--format", "tsv", "--dry-run");
                assertThat(empty.exit()).isEqualTo(2);
                assertThat(empty.err()).contains("标准输入");
            } finally {
                jixiao.stopServers();
            }
        }
    }

    @Test
    void oneShotTablesFitColumnsAndScriptsGetFullText(@TempDir Path home) throws Exception {
        OneShotProcess jixiao = new OneShotProcess(home, home.resolve("db").resolve("jixiao"), OneShotProcess.OWN_JVM);
        String name = "医保租赁业务专项暨全市定点医药机构基金使用情况专项检查和飞行检查配套经费";
        assertThat(jixiao.run("new", "--name", name, "--year", "2026").exit()).isZero();
        assertThat(jixiao.run("add", "产出指标/数量指标", "全市定点医药机构现场检查覆盖率及问题整改到位情况跟踪",
                "--half", "≥210000万条", "--full", "≥1250000万条").exit()).isZero();
        Result narrow = jixiao.run(Map.of("COLUMNS", "80"), "tree");
        assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(Text.width(l)).as(l).isLessThanOrEqualTo(80));
        assertThat(narrow.out()).contains("≥210000万条").contains("≥1250000万条"); // values stay whole
        Result piped = jixiao.run("tree"); // no COLUMNS, stdout a file: every cell on one line
        assertThat(piped.out()).contains("3.1.1 全市定点医药机构现场检查覆盖率及问题整改到位情况跟踪");
        Result wide = jixiao.run(Map.of("COLUMNS", "80"), "tree", "--wide");
        assertThat(wide.out()).isEqualTo(piped.out());
    }

    @Test
    void theConsoleRunsFromItsOwnCopyOfTheJar(@TempDir Path dir) throws Exception {
        // a repository of its own: the launcher and a copy of the built jars, which the test then "rebuilds"
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path target = Files.createDirectories(repo.resolve("target"));
        Files.copy(OneShotProcess.launcher(), repo.resolve("jixiao"));
        Files.copy(OneShotProcess.jar(), target.resolve("jixiao.jar"));
        Files.copy(OneShotProcess.jar().resolveSibling("jixiao-client.jar"), target.resolve("jixiao-client.jar"));
        Path home = Files.createDirectories(dir.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(repo.resolve("jixiao").toString()).directory(home.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("JIXIAO_"));
        pb.environment().put("JIXIAO_HOME", home.toString());
        pb.environment().put("JIXIAO_NO_CACHE", "1");
        pb.environment().put("JIXIAO_NO_SERVER", "1");
        Path out = home.resolve("console.txt");
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        Process console = pb.start();
        try (OutputStream in = console.getOutputStream()) {
            in.write("version\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            waitFor(out, "jixiao ", console);
            // ./mvnw verify while the console is open: the jar it was started from is rewritten
            Files.writeString(target.resolve("jixiao.jar.new"), "not a jar any more");
            Files.move(target.resolve("jixiao.jar.new"), target.resolve("jixiao.jar"),
                    StandardCopyOption.REPLACE_EXISTING);
            // commands (and the completion classes behind TAB) that load classes the console has not used yet
            in.write("template list\nrules\nquit\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(console.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out);
        assertThat(text).doesNotContain("NoClassDefFoundError").doesNotContain("Exception")
                .contains("leasing").contains("misplaced-indicator");
        assertThat(console.exitValue()).isZero();
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(home.resolve("cache"))) {
            files.filter(p -> p.getFileName().toString().matches("jar-.*\\.jar")).forEach(copies::add);
        }
        assertThat(copies).hasSize(1);
        assertThat(Files.getPosixFilePermissions(copies.get(0)))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    private static void waitFor(Path file, String text, Process p) throws IOException, InterruptedException {
        for (int i = 0; i < 1200; i++) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return;
            }
            assertThat(p.isAlive()).as("console still running: %s", Files.exists(file) ? Files.readString(file) : "")
                    .isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no \"" + text + "\" from the console: " + Files.readString(file));
    }
}
