package cn.jixiao.server;

import cn.jixiao.testsupport.OneShotProcess;
import cn.jixiao.testsupport.OneShotProcess.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the resident jixiao has: its socket is private, it answers {@code server status}, serves two calls at
 * once, survives being killed mid-command (the client says so and exits 3; the next call starts a fresh one; the
 * database is intact), and stays off when asked to.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentServerIT {
    private Path home;

    private OneShotProcess jixiao;

    @BeforeAll
    void setUp(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        this.home = home;
        jixiao = new OneShotProcess(home, home.resolve("data").resolve("jixiao"), OneShotProcess.RESIDENT);
    }

    @AfterAll
    void stopServer() throws Exception {
        jixiao.stopServers();
    }

    @Test
    @Order(1)
    void firstCommandStartsAPrivateServerThatStatusDescribes() throws Exception {
        Result created = jixiao.run("new", "--name", "常驻测试", "--year", "2026", "--department", "测试局");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(jixiao.serverPids()).hasSize(1);
        Path dir = home.resolve("server");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        Result status = jixiao.run("server", "status");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).startsWith("常驻 jixiao 在运行：进程 " + jixiao.serverPids().get(0))
                .contains("内存", "MB", "工作目录 " + home.toRealPath());
        Result english = jixiao.run(Map.of("JIXIAO_LANG", "en"), "server", "status");
        assertThat(english.out()).startsWith("Resident jixiao running: pid ");
    }

    @Test
    @Order(2)
    void twoCallsAtOnceAreBothServed() throws Exception {
        CompletableFuture<Result> a = CompletableFuture.supplyAsync(this::list);
        CompletableFuture<Result> b = CompletableFuture.supplyAsync(this::list);
        for (Result r : List.of(a.get(120, TimeUnit.SECONDS), b.get(120, TimeUnit.SECONDS))) {
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("[ {").contains("\"name\" : \"常驻测试\"")
                    .endsWith("} ]" + System.lineSeparator());
        }
    }

    private Result list() {
        try {
            return jixiao.run("list", "--json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A script whose first line saves an indicator and whose second line waits for standard input that does not
     * end: the server is killed while the command runs and its database is open.
     */
    @Test
    @Order(3)
    void killedMidCommandTheClientExitsThreeAndTheNextCallStartsAFreshServer() throws Exception {
        long first = jixiao.serverPids().get(0);
        Files.writeString(home.resolve("slow.txt"), "add 产出指标/数量指标 车次 --half ≥18辆 --full ≥35辆\nscript -\n");
        Process p = jixiao.builder(Map.of(), "script", "slow.txt").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).startsWith("已添加 3.1.1 产出指标/数量指标/车次");
        ProcessHandle server = ProcessHandle.of(first).orElseThrow();
        assertThat(server.destroyForcibly()).isTrue(); // SIGKILL, mid-command
        server.onExit().get(30, TimeUnit.SECONDS);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(3);
        assertThat(err.lines().toList()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("jixiao: 常驻 jixiao 在命令完成前退出了"));
        p.getOutputStream().close();

        // intact: it opens, and holds what was saved before the killed command. Whether the killed command's
        // own first line survived is up to H2's write delay (as when a command's own JVM is killed).
        Result shown = jixiao.run("show", "--json");
        assertThat(shown.exit()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("\"name\" : \"常驻测试\"", "\"department\" : \"测试局\"");
        assertThat(jixiao.serverPids()).singleElement().isNotEqualTo(first);
        Result added = jixiao.run("add", "产出指标/数量指标", "车次二", "--half", "≥1辆", "--full", "≥2辆");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(jixiao.run("show", "--json").out()).contains("车次二");
    }

    @Test
    @Order(4)
    void serverStopEndsItAndTheNextCallStartsAnother() throws Exception {
        long before = jixiao.serverPids().get(0);
        Result stop = jixiao.run("server", "stop");
        assertThat(stop.exit()).isZero();
        assertThat(stop.out()).startsWith("已停止常驻 jixiao（进程 " + before);
        assertThat(ProcessHandle.of(before).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        assertThat(jixiao.run("server", "status").out()).startsWith("没有常驻 jixiao 在运行");
        assertThat(jixiao.run("version").out()).isEqualTo("jixiao 0.1.0" + System.lineSeparator());
        assertThat(jixiao.serverPids()).singleElement().isNotEqualTo(before);
    }

    @Test
    @Order(5)
    void offWithTheEnvironmentVariableOrTheSetting() throws Exception {
        jixiao.stopServers();
        Result r = jixiao.run(Map.of("JIXIAO_NO_SERVER", "1"), "version");
        assertThat(r.exit()).isZero();
        assertThat(jixiao.serverPids()).isEmpty();
        Files.writeString(home.resolve("jixiao.properties"), "jixiao.server.enabled = false\n");
        assertThat(jixiao.run("list", "--json").exit()).isZero();
        assertThat(jixiao.serverPids()).isEmpty();
    }
}
