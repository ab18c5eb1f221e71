package cn.jixiao.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throw-away directories of the benchmarks, which run outside JUnit's {@code @TempDir}. */
public final class TempDirs {
    private TempDirs() {
    }

    /** Deletes {@code dir} and everything under it; nothing when it is gone already. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} when the JVM ends, however {@code main} ends (an exception, Ctrl-C). */
    public static Path deletedAtExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete " + dir.getFileName()));
        return dir;
    }
}
