package cn.jixiao.store;

import cn.jixiao.model.DomainException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A shared PostgreSQL server ({@code JIXIAO_DB=jdbc:postgresql://host:5432/jixiao}) and how jixiao logs in to it.
 * Credentials never come from the command line: the URL's own parameters ({@code ?user=…&password=…}) first,
 * then {@code jixiao.db.user}/{@code jixiao.db.password} in the data directory's {@code jixiao.properties}
 * (refused unless only its owner can read it), then {@code PGUSER}/{@code PGPASSWORD}; without a password the
 * driver looks in {@code ~/.pgpass} (or {@code PGPASSFILE}) as PostgreSQL's own tools do.
 */
public record SharedDatabase(String url, Optional<String> user, Optional<String> password) {
    private static final String PREFIX = "jdbc:postgresql:";

    public static boolean isShared(String db) {
        return db.strip().startsWith(PREFIX);
    }

    /** The login for {@code url}, from the URL, {@code home}'s jixiao.properties and {@code env}, in that order. */
    public static SharedDatabase of(String url, Path home, Map<String, String> env) {
        String u = url.strip();
        Properties settings = settings(home.resolve("jixiao.properties"));
        Optional<String> user = urlParameter(u, "user")
                .or(() -> Optional.ofNullable(settings.getProperty("jixiao.db.user")))
                .or(() -> Optional.ofNullable(env.get("PGUSER")))
                .filter(s -> !s.isBlank());
        Optional<String> password = urlParameter(u, "password")
                .or(() -> Optional.ofNullable(settings.getProperty("jixiao.db.password")))
                .or(() -> Optional.ofNullable(env.get("PGPASSWORD")))
                .filter(s -> !s.isEmpty());
        return new SharedDatabase(u, user, password);
    }

    /** Where a database is, for messages: the URL without its parameters (never a password). */
    public static String location(String url) {
        String u = url.strip();
        int q = u.indexOf('?');
        return q < 0 ? u : u.substring(0, q);
    }

    private static Optional<String> urlParameter(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static Properties settings(Path file) {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new DomainException("store.settings-unreadable", file, e.getMessage());
        }
        if (p.containsKey("jixiao.db.password") && readableByOthers(file)) {
            throw new DomainException("store.settings-open", file);
        }
        return p;
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
