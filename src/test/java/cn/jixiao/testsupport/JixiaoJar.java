package cn.jixiao.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jar ({@code target/jixiao.jar}) run as a user runs it, with a data directory of its own: one-shot
 * commands, started processes (a console, concurrent commands), and a look at what the database holds.
 */
public final class JixiaoJar {
    private final Path home;
    private final Path db;
    private final Path jar;

    public record Result(int exit, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    public JixiaoJar(Path home) {
        this.home = home;
        this.db = home.resolve("data").resolve("jixiao");
        this.jar = Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run `./mvnw verify`, which packages before integration tests)")
                .isRegularFile();
    }

    public Path home() {
        return home;
    }

    /** The database file's path without extension. */
    public Path db() {
        return db;
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** A process running jixiao with {@code args} (none: the console), stdout and stderr to the given files. */
    public ProcessBuilder builder(Map<String, String> extraEnv, List<String> args) {
        // the launcher's flags: C1-only JIT, serial GC, and the Spring AOT bean definitions built into the jar
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dspring.aot.enabled=true", "-jar", jar.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory((Files.isDirectory(home) ? home : home.getParent()).toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("JIXIAO_") || k.equals("JAVA_TOOL_OPTIONS")
                || k.equals("_JAVA_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        env.put("JIXIAO_HOME", home.toString());
        env.put("JIXIAO_DB", db.toString());
        env.putAll(extraEnv);
        return pb;
    }

    public Result run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Path outFile = Files.createTempFile("jixiao-out", ".txt");
        Path errFile = Files.createTempFile("jixiao-err", ".txt");
        try {
            Process p = builder(extraEnv, List.of(args)).redirectOutput(outFile.toFile())
                    .redirectError(errFile.toFile()).start();
            p.getOutputStream().close(); // nobody at the keyboard
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("jixiao " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    public Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    /** Runs and expects exit 0, returning stdout. */
    public String ok(String... args) throws IOException, InterruptedException {
        Result r = run(args);
        assertThat(r.exit()).as("jixiao %s; stderr: %s", String.join(" ", args), r.err()).isZero();
        return r.out();
    }

    /** A connection to the database, with its key; only while no jixiao process holds the file. */
    public Connection connect() throws SQLException, IOException {
        String key = Files.readString(db.resolveSibling(db.getFileName() + ".key")).strip();
        return DriverManager.getConnection("jdbc:h2:file:" + db + ";FILE_LOCK=FS", "sa", key);
    }

    /** A digest of every row of every table: equal before and after means the command changed nothing. */
    public String checksum() throws SQLException, IOException {
        try (Connection c = connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'PUBLIC' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String t : tables) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = c.createStatement().executeQuery("select * from \"" + t + "\" order by 1, 2")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            md.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                            md.update((byte) 0);
                        }
                    }
                }
            }
            return tables.size() + " tables " + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static File devNull() {
        return new File("/dev/null");
    }
}
