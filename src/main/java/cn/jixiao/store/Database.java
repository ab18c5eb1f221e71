package cn.jixiao.store;

import cn.jixiao.model.DomainException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Access to the database, migrated by Flyway on first use (commands that need no database never open it).
 * When the schema history already records {@link #LATEST_VERSION}, the Flyway run is skipped: it would change
 * nothing and costs a noticeable part of a one-shot command's start-up.
 */
@Component
public class Database {
    /** The version of the newest file in db/migration; a test keeps the two in step. */
    public static final String LATEST_VERSION = "5";

    private final DataSource dataSource;
    private final JdbcClient client;
    private volatile boolean ready;

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
        this.client = JdbcClient.create(dataSource);
    }

    public JdbcClient client() {
        if (!ready) {
            migrate();
        }
        return client;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private synchronized void migrate() {
        if (ready) {
            return;
        }
        if (!LATEST_VERSION.equals(recordedVersion())) {
            try {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            } catch (org.flywaydb.core.api.FlywayException e) {
                rethrowDomain(e);
                // a database of something else (tables but no jixiao history) or of a newer jixiao
                throw new DomainException("store.not-jixiao", describe());
            }
        }
        ready = true;
    }

    private String recordedVersion() {
        try {
            return client.sql("select max(\"version\") from \"flyway_schema_history\" where \"success\"")
                    .query(String.class).optional().orElse("");
        } catch (RuntimeException noHistoryYet) {
            rethrowDomain(noHistoryYet); // busy, or not a database at all
            return "";
        }
    }

    /** A refusal from opening the database (busy, not jixiao's) wrapped by Spring or Flyway: thrown as it is. */
    private static void rethrowDomain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException d) {
                throw d;
            }
        }
    }

    private String describe() {
        return dataSource instanceof StoreDataSource s ? s.shownPath() : "";
    }
}
