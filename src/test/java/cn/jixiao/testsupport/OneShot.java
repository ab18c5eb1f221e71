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

/**
 * Runs the packaged jar once, as a script would: {@code java -jar target/jixiao.jar <args…>} with the launcher's JVM
 * flags, in {@code dir}, on the data directory {@code home} and the database {@code db}, with nobody at the keyboard.
 */
public final class OneShot {
    /** What a run left: its exit code, stdout and stderr. */
    public record Result(int exit, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private OneShot() {
    }

    /** The packaged jar (system property {@code jixiao.jar}, set by the failsafe plugin). */
    public static Path jar() {
        return Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar")).toAbsolutePath();
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public static Result run(Path dir, Path home, Path db, Map<String, String> extraEnv, String... args)
            throws IOException, InterruptedException {
        // the launcher's flags: C1-only JIT, serial GC, and the Spring AOT bean definitions built into the jar
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dspring.aot.enabled=true", "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("JIXIAO_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("_JAVA_OPTIONS")
                || k.equals("JDK_JAVA_OPTIONS"));
        env.put("JIXIAO_HOME", home.toString());
        env.put("JIXIAO_DB", db.toString());
        env.putAll(extraEnv);
        File out = home.resolve("stdout.txt").toFile();
        File err = home.resolve("stderr.txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        p.getOutputStream().close(); // nobody at the keyboard
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("jixiao " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
