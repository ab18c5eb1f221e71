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
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar as a one-shot command, as scripts do: {@code java -jar target/jixiao.jar <command…>} with
 * the launcher's flags, in a data directory of the caller's, with only the {@code JIXIAO_*} variables it is given.
 */
public final class JarRun {
    private static final AtomicLong RUNS = new AtomicLong();

    /** What a command left: its exit code, standard output and standard error. */
    public record Result(int exit, String out, String err) {
    }

    private JarRun() {
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run `./mvnw verify`, which packages before integration tests)")
                .isRegularFile();
        return jar;
    }

    /** Runs {@code args} with {@code JIXIAO_HOME=home}, {@code JIXIAO_DB=db} and {@code env}, from {@code home}. */
    public static Result run(Path home, String db, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dspring.aot.enabled=true", "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("JIXIAO_") || k.startsWith("PG") || k.equals("JAVA_TOOL_OPTIONS")
                || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        e.put("JIXIAO_HOME", home.toString());
        e.put("JIXIAO_DB", db);
        e.putAll(env);
        long n = RUNS.incrementAndGet();
        File out = home.resolve("stdout-" + n + ".txt").toFile();
        File err = home.resolve("stderr-" + n + ".txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        p.getOutputStream().close();
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
}
