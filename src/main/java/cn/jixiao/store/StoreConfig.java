package cn.jixiao.store;

import cn.jixiao.model.DomainException;
import cn.jixiao.model.IoReason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The database: the embedded H2 file by default, or a shared PostgreSQL server ({@link SharedDatabase}).
 * {@code jixiao.db} (env {@code JIXIAO_DB}) is a {@code jdbc:postgresql:} URL, another full JDBC URL, or an H2 file
 * path without extension. One connection serves the whole process (a console or a one-shot command is one user).
 * An H2 file is open only while a command runs (see {@link StoreDataSource}): H2 runs without its TCP server
 * ({@code AUTO_SERVER}), so nothing listens on a port; the file is locked with the operating system's lock
 * ({@code FILE_LOCK=FS}, released even when a process is killed), and processes take turns. A PostgreSQL server
 * serves many processes at once; its connection stays open.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

    @Bean(destroyMethod = "destroy")
    public StoreDataSource dataSource(@Value("${jixiao.db}") String db, @Value("${jixiao.home}") String home) {
        if (SharedDatabase.isShared(db)) {
            return dataSource(SharedDatabase.of(db, Path.of(home), System.getenv()));
        }
        return dataSource(db);
    }

    /** One person's H2 file (or any JDBC URL given as is). */
    public StoreDataSource dataSource(String db) {
        Optional<Path> base = filePath(db);
        String shown = base.map(p -> p + ".mv.db").orElse(db.strip());
        return new StoreDataSource(jdbcUrl(db), shown, base);
    }

    /** A shared PostgreSQL server. */
    public static StoreDataSource dataSource(SharedDatabase shared) {
        return StoreDataSource.shared(shared);
    }

    /** A JDBC URL for {@code db}: used as is when it starts with {@code jdbc:}, else an H2 file path. */
    public static String jdbcUrl(String db) {
        Optional<Path> path = filePath(db);
        if (path.isEmpty()) {
            return db.strip();
        }
        try {
            DataDirectory.makePrivateDirectories(path.get().getParent());
        } catch (java.io.IOException e) {
            throw new DomainException("store.dir-unusable", path.get().getParent(), IoReason.of(e));
        }
        return "jdbc:h2:file:" + path.get() + ";FILE_LOCK=FS;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0";
    }

    /** The database file's path without extension, unless {@code db} is a JDBC URL. */
    private static Optional<Path> filePath(String db) {
        String value = db.strip();
        if (value.startsWith("jdbc:")) {
            return Optional.empty();
        }
        if (value.startsWith("~/")) {
            value = System.getProperty("user.home") + value.substring(1);
        }
        if (value.endsWith(".mv.db")) {
            value = value.substring(0, value.length() - ".mv.db".length());
        }
        return Optional.of(Path.of(value).toAbsolutePath().normalize());
    }
}
