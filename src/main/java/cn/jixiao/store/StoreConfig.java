package cn.jixiao.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The database: the embedded H2 file by default, or a shared PostgreSQL server ({@link SharedDatabase}).
 * {@code jixiao.db} (env {@code JIXIAO_DB}) is a {@code jdbc:postgresql:} URL, another full JDBC URL, or an H2 file
 * path without extension. One connection serves the whole process: a console or a one-shot command is one user.
 * AUTO_SERVER lets a one-shot command write while a console has the file open.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfig {

    @Bean(destroyMethod = "destroy")
    public SingleConnectionDataSource dataSource(@Value("${jixiao.db}") String db,
                                                 @Value("${jixiao.home}") String home) {
        if (SharedDatabase.isShared(db)) {
            return dataSource(SharedDatabase.of(db, Path.of(home), System.getenv()));
        }
        return dataSource(db);
    }

    /** One person's H2 file (or any JDBC URL given as is). */
    public SingleConnectionDataSource dataSource(String db) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(jdbcUrl(db), "sa", "", true);
        ds.setAutoCommit(true);
        return ds;
    }

    /** A shared PostgreSQL server. */
    public static SingleConnectionDataSource dataSource(SharedDatabase shared) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource();
        ds.setUrl(shared.url());
        shared.user().ifPresent(ds::setUsername);
        shared.password().ifPresent(ds::setPassword);
        ds.setSuppressClose(true);
        ds.setAutoCommit(true);
        return ds;
    }

    /** A JDBC URL for {@code db}: used as is when it starts with {@code jdbc:}, else an H2 file path. */
    public static String jdbcUrl(String db) {
        String value = db.strip();
        if (value.startsWith("jdbc:")) {
            return value;
        }
        if (value.startsWith("~/")) {
            value = System.getProperty("user.home") + value.substring(1);
        }
        if (value.endsWith(".mv.db")) {
            value = value.substring(0, value.length() - ".mv.db".length());
        }
        Path path = Path.of(value).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + path.getParent() + ": " + e.getMessage(), e);
        }
        return "jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0;MAX_COMPACT_TIME=0";
    }

}
