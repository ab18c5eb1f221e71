package cn.jixiao.shell;

import cn.jixiao.testsupport.JixiaoJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promises of README "Security and reliability", through the real jar: no port while a console is open (and
 * the console does not keep others out), private files, processes that take turns on the database instead of
 * failing, and one clear line when the data directory or the database cannot be used.
 */
class SecurityIT {
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path home;

    @Test
    void aConsoleListensOnNoPortAndLetsOneShotCommandsIn() throws Exception {
        JixiaoJar jixiao = new JixiaoJar(home);
        jixiao.ok("new", "--name", "控制台项目", "--year", "2026");
        Process console = jixiao.builder(Map.of(), List.of()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(console.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = new OutputStreamWriter(console.getOutputStream(),
                StandardCharsets.UTF_8)) {
            in.write("list\n"); // the console has opened the database once
            in.flush();
            waitFor(out, "控制台项目");
            assertThat(listeningSockets(console.pid())).as("sockets the console listens on").isEmpty();
            assertThat(jixiao.ok("add", "产出指标/数量指标", "旁边加的", "--half", "1", "--full", "2"))
                    .as("a one-shot command while the console is open").contains("已添加");
            in.write("tree\n");
            in.flush();
            waitFor(out, "旁边加的");
            in.write("quit\n");
            in.flush();
            assertThat(console.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            console.destroyForcibly();
        }
    }

    @Test
    void filesArePrivateAndAnOlderOpenDirectoryIsTightened() throws Exception {
        Path data = home.resolve("open");
        Files.createDirectories(data.resolve("sub"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(data.resolve("history"), "header set contact 13800000000\n");
        Files.setPosixFilePermissions(data.resolve("history"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(data.resolve("sub/old.txt"), "x");
        JixiaoJar jixiao = new JixiaoJar(data);
        jixiao.ok("new", "--name", "权限项目", "--year", "2026");
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("sub"))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.walk(data)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular).extracting(p -> data.relativize(p).toString())
                    .contains("history", "jixiao.log", "data/jixiao.mv.db", "data/jixiao.key", "sub/old.txt");
            for (Path f : regular) {
                assertThat(mode(f)).as("%s", f).isEqualTo("rw-------");
            }
        }
        assertThat(mode(jixiao.db().getParent())).isEqualTo("rwx------");
    }

    @Test
    void twoProcessesAtOnceBothSucceed() throws Exception {
        JixiaoJar jixiao = new JixiaoJar(home);
        jixiao.ok("new", "--name", "并发项目", "--year", "2026");
        for (int round = 0; round < 3; round++) {
            List<Process> ps = new ArrayList<>();
            for (String who : List.of("甲", "乙")) {
                ps.add(jixiao.builder(Map.of(), List.of("add", "产出指标/数量指标", who + round, "--half", "1",
                        "--full", "2")).redirectOutput(JixiaoJar.devNull()).redirectError(
                        home.resolve("err-" + who + round).toFile()).start());
            }
            for (Process p : ps) {
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as("%s", errors()).isZero();
            }
        }
        String tree = jixiao.ok("tree");
        for (int round = 0; round < 3; round++) {
            assertThat(tree).contains("甲" + round, "乙" + round);
        }
    }

    @Test
    void aScriptBesideOneShotWritersLosesNothing() throws Exception {
        JixiaoJar jixiao = new JixiaoJar(home);
        jixiao.ok("new", "--name", "脚本项目", "--year", "2026");
        jixiao.ok("new", "--name", "单条项目", "--year", "2026");
        StringBuilder script = new StringBuilder("open 1\n");
        for (int i = 0; i < 15; i++) {
            script.append("add 产出指标/数量指标 脚本").append(i).append(" --half 1 --full 2\n");
        }
        Files.writeString(home.resolve("s.txt"), script);
        Process scripted = jixiao.builder(Map.of(), List.of("script", "s.txt", "--keep-going"))
                .redirectOutput(JixiaoJar.devNull()).redirectError(home.resolve("err-script").toFile()).start();
        for (int i = 0; i < 4; i++) {
            JixiaoJar.Result r = jixiao.run("add", "产出指标/质量指标", "单条" + i, "--half", "1", "--full", "2",
                    "--id", "2");
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(scripted.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(scripted.exitValue()).as(errors()).isZero();
        String one = jixiao.ok("tree", "--id", "1");
        String two = jixiao.ok("tree", "--id", "2");
        for (int i = 0; i < 15; i++) {
            assertThat(one).contains("脚本" + i + " ");
        }
        for (int i = 0; i < 4; i++) {
            assertThat(two).contains("单条" + i + " ");
        }
    }

    @Test
    void aCommandWaitsForTheDatabaseThenSaysItIsBusy() throws Exception {
        JixiaoJar jixiao = new JixiaoJar(home);
        jixiao.ok("new", "--name", "占用项目", "--year", "2026");
        JixiaoJar.Result r;
        long took;
        try (Connection held = jixiao.connect()) { // another process holding the file for longer than 10 s
            long start = System.nanoTime();
            r = jixiao.run("list");
            took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("数据库正被另一个 jixiao 使用");
        assertThat(took).as("waited for the lock").isGreaterThanOrEqualTo(10_000);
        assertThat(jixiao.ok("list")).contains("占用项目");
    }

    @Test
    void aCorruptDatabaseIsNotAJixiaoDatabase() throws Exception {
        JixiaoJar jixiao = new JixiaoJar(home);
        Files.createDirectories(jixiao.db().getParent());
        byte[] junk = new byte[40_000];
        new java.util.Random(13).nextBytes(junk);
        Path file = jixiao.db().resolveSibling("jixiao.mv.db");
        Files.write(file, junk);
        JixiaoJar.Result r = jixiao.run("list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("不是 jixiao 数据库").doesNotContain("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk);
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneClearLine() throws Exception {
        Path notADirectory = Files.writeString(home.resolve("plain-file"), "x");
        JixiaoJar jixiao = new JixiaoJar(notADirectory);
        JixiaoJar.Result r = jixiao.run(Map.of("JIXIAO_DB", home.resolve("db/jixiao").toString()), "list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .contains(ZH.get("home.unusable", notADirectory, ZH.get("io.why.not-a-directory")));
    }

    @Test
    void controlCharactersInAnImportedFormAreRemovedWithANoteAndNeverPrinted() throws Exception {
        JixiaoJar jixiao = new JixiaoJar(home);
        String form = new String(getClass().getResourceAsStream("/samples/nantong-2026-yibao-zulin.md")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(form).contains("医保租赁业务专项");
        Path file = home.resolve("crafted.md");
        Files.writeString(file, form.replaceFirst("\\| 项目名称( +)\\| 医保租赁业务专项",
                "| 项目名称$1| 医保\u001b]0;pwned\u0007租赁\u202E业务专项"));
        JixiaoJar.Result imported = jixiao.run("import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out() + imported.err()).contains("控制字符").doesNotContain("\u001b", "\u0007", "\u202E");
        String tree = jixiao.ok("list");
        assertThat(tree).contains("医保]0;pwned租赁业务专项").doesNotContain("\u001b", "\u0007", "\u202E");
    }

    private String errors() throws Exception {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(home)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("err-")).toList()) {
                b.append(p.getFileName()).append(": ").append(Files.readString(p)).append('\n');
            }
        }
        return b.toString();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static void waitFor(BufferedReader out, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains(text)) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                break;
            }
        }
        throw new AssertionError("the console never printed " + text);
    }

    /** Listening TCP sockets (IPv4 and IPv6) among the open files of process {@code pid}, as "address:port". */
    private static List<String> listeningSockets(long pid) throws Exception {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException gone) {
                    // closed meanwhile
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path net = Path.of("/proc", String.valueOf(pid), "net", table);
            if (!Files.exists(net)) {
                continue;
            }
            for (String row : Files.readAllLines(net).subList(1, Files.readAllLines(net).size())) {
                String[] f = row.strip().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) { // 0A: LISTEN
                    listening.add(f[1]);
                }
            }
        }
        return listening;
    }
}
