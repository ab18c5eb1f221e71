package cn.jixiao.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one-shot commands as scripts do: through the launcher {@code ./jixiao} with a data directory and database of
 * the test's own (an H2 file or a PostgreSQL URL), by default working in the data directory. Two modes, as users have them: {@link #OWN_JVM}
 * ({@code JIXIAO_NO_SERVER=1}: every command in a JVM of its own) and {@link #RESIDENT} (the resident jixiao serves
 * the commands; its idle limit is set to two minutes in jixiao.properties, so even a test run that dies leaves none
 * behind for long — and {@link #stopServers()} stops it at the end). The launcher's start-up cache is off
 * ({@code JIXIAO_NO_CACHE=1}): no training runs next to the tests.
 */
public final class OneShotProcess {
    public static final boolean OWN_JVM = false;
    public static final boolean RESIDENT = true;

    public record Result(int exit, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Path workingDirectory;
    private final Path home;
    private final String db;
    private final boolean resident;

    public OneShotProcess(Path home, Path db, boolean resident) throws IOException {
        this(home, home, db.toString(), resident);
    }

    /**
     * Commands run in {@code workingDirectory} with {@code JIXIAO_HOME=home} and {@code JIXIAO_DB=db} (an H2 file
     * path, or a {@code jdbc:postgresql:} URL).
     */
    public OneShotProcess(Path workingDirectory, Path home, String db, boolean resident) throws IOException {
        this.workingDirectory = workingDirectory;
        this.home = home;
        this.db = db;
        this.resident = resident;
        assertThat(jar()).as("the packaged jar (run `./mvnw verify`, which packages before integration tests)")
                .isRegularFile();
        if (resident) {
            Files.writeString(home.resolve("jixiao.properties"), "jixiao.server.idle-minutes=2\n");
        }
    }

    public static Path jar() {
        return Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar")).toAbsolutePath();
    }

    /** The launcher next to the jar's target directory. */
    public static Path launcher() {
        return jar().getParent().getParent().resolve("jixiao");
    }

    public Path home() {
        return home;
    }

    public Path db() {
        return Path.of(db);
    }

    public boolean resident() {
        return resident;
    }

    /** The process for {@code jixiao args…}, environment set, not started. */
    public ProcessBuilder builder(Map<String, String> extraEnv, String... args) {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("JIXIAO_") || k.startsWith("PG") || k.equals("JAVA_TOOL_OPTIONS")
                || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS") || k.equals("COLUMNS"));
        env.put("JIXIAO_HOME", home.toString());
        env.put("JIXIAO_DB", db);
        env.put("JIXIAO_NO_CACHE", "1");
        if (!resident) {
            env.put("JIXIAO_NO_SERVER", "1");
        }
        env.putAll(extraEnv);
        return pb;
    }

    public Result runWithInput(String stdin, Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = builder(extraEnv, args);
        File out = Files.createTempFile(home, "stdout", ".txt").toFile();
        File err = Files.createTempFile(home, "stderr", ".txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        try (var in = p.getOutputStream()) { // nobody at the keyboard: stdin ends after what the test gives
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("jixiao " + String.join(" ", args) + " did not finish in 120 s");
        }
        Result r = new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
        Files.delete(out.toPath());
        Files.delete(err.toPath());
        return r;
    }

    public Result run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        return runWithInput("", extraEnv, args);
    }

    public Result run(String... args) throws IOException, InterruptedException {
        return runWithInput("", Map.of(), args);
    }

    /** The pids of the resident jixiaos this data directory has now (from their info files). */
    public List<Long> serverPids() throws IOException {
        Path dir = home.resolve("server");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path info : files.filter(f -> f.toString().endsWith(".info")).toList()) {
                Files.readAllLines(info).stream().filter(l -> l.startsWith("pid="))
                        .map(l -> Long.parseLong(l.substring(4))).forEach(pids::add);
            }
        }
        return pids;
    }

    /** {@code jixiao server stop}, then checks that no resident jixiao of this data directory is left. */
    public void stopServers() throws IOException, InterruptedException {
        List<Long> before = serverPids();
        Result r = run("server", "stop");
        assertThat(r.exit()).as(r.err()).isZero();
        for (long pid : before) { // stopped, or (failing the test) not left running
            ProcessHandle.of(pid).filter(p -> p.info().arguments().map(a -> String.join(" ", a))
                    .orElse("").contains("-Djixiao.resident=")).ifPresent(p -> {
                        p.destroy();
                        p.onExit().join();
                        throw new AssertionError("server stop left pid " + pid + " running");
                    });
        }
        assertThat(serverPids()).isEmpty();
    }
}
