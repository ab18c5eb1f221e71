package cn.jixiao.template;

import cn.jixiao.store.Database;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The template catalogue: every version of every template. Storing content that equals the newest version's is a
 * no-op; anything else becomes the next version, and older versions stay readable.
 */
@Repository
public class TemplateRepository {
    private static final String COLUMNS =
            "template_id, version, kind, title, indicator_count, source, content_hash, body, created_at, author";

    private final Database db;
    private final TransactionTemplate tx;

    public TemplateRepository(Database db) {
        this.db = db;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
    }

    /** Runs {@code work} in one transaction (all of a sync or nothing). */
    public <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    /**
     * Stores a template's content as its next version unless the newest version has the same hash. Returns the
     * version now newest and whether it was written.
     */
    public Stored store(String id, String kind, String title, int indicatorCount, String source, String hash,
                        String body) {
        // checked before anything is stored: the columns' limits, said as the field and its limit
        cn.jixiao.declaration.model.DeclarationLimits.text(title,
                new cn.jixiao.model.MessageRef("field.template-title"), cn.jixiao.declaration.model.DeclarationLimits.NAME);
        cn.jixiao.declaration.model.DeclarationLimits.text(id, "id", 200);
        Optional<TemplateVersion> latest = latest(id);
        if (latest.isPresent() && latest.get().hash().equals(hash)) {
            return new Stored(latest.get().version(), false);
        }
        int next = latest.map(v -> v.version() + 1).orElse(1);
        db.client().sql("insert into template_version (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, next, kind, title, indicatorCount, source.length() <= 1000 ? source : source.substring(0, 999) + "…",
                        hash, body, Timestamp.from(Instant.now()), db.author())
                .update();
        return new Stored(next, true);
    }

    /** Whether the catalogue is shared by a department (a PostgreSQL server) rather than one person's file. */
    public boolean shared() {
        return db.vendor().shared();
    }

    /** The version a store ended at, and whether it is new. */
    public record Stored(int version, boolean created) {
    }

    public Optional<TemplateVersion> latest(String id) {
        return db.client().sql("select " + COLUMNS + " from template_version where template_id = ?"
                        + " order by version desc limit 1")
                .param(id).query(this::map).optional();
    }

    public Optional<TemplateVersion> version(String id, int version) {
        return db.client().sql("select " + COLUMNS + " from template_version where template_id = ? and version = ?")
                .params(id, version).query(this::map).optional();
    }

    /** The newest version of every template, by id. */
    public List<TemplateVersion> latestAll() {
        return db.client().sql("select " + COLUMNS + " from template_version t where version ="
                        + " (select max(version) from template_version v where v.template_id = t.template_id)"
                        + " order by template_id")
                .query(this::map).list();
    }

    public List<Integer> versions(String id) {
        return db.client().sql("select version from template_version where template_id = ? order by version")
                .param(id).query(Integer.class).list();
    }

    public List<String> ids() {
        return db.client().sql("select distinct template_id from template_version order by template_id")
                .query(String.class).list();
    }

    private TemplateVersion map(ResultSet rs, int row) throws SQLException {
        return new TemplateVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10));
    }
}
