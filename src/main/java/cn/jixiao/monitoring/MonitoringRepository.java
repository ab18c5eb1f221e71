package cn.jixiao.monitoring;

import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.monitoring.model.MonitoringEntry;
import cn.jixiao.store.Database;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Monitoring records, kept with revisions: every save stores the whole record as the declaration's next monitoring
 * revision; the newest one is the record. Deleting the declaration deletes them all.
 */
@Repository
public class MonitoringRepository {
    /**
     * One stored revision: its number, as-of date, when it was saved and what it changed; {@code reverts}: the
     * revision an undo revision undid.
     */
    public record Revision(int revision, java.time.LocalDate asOf, Instant savedAt, String summary,
                           Optional<Integer> reverts) {
    }

    private final Database db;
    private final TransactionTemplate tx;

    public MonitoringRepository(Database db) {
        this.db = db;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
    }

    private int latest(long declarationId) {
        Integer r = db.client().sql("select max(revision) from monitoring_revision where declaration_id = ?")
                .param(declarationId).query(Integer.class).optional().orElse(null);
        return r == null ? 0 : r;
    }

    /** The newest revision of the declaration's monitoring record. */
    public Optional<Monitoring> find(long declarationId) {
        int revision = latest(declarationId);
        return revision == 0 ? Optional.empty() : findRevision(declarationId, revision);
    }

    public Optional<Monitoring> findRevision(long declarationId, int revision) {
        return db.client().sql("select as_of, executed_total from monitoring_revision"
                        + " where declaration_id = ? and revision = ?")
                .params(declarationId, revision)
                .query((rs, n) -> new Monitoring(declarationId, revision, rs.getDate(1).toLocalDate(),
                        executions(declarationId, revision), Optional.ofNullable(rs.getBigDecimal(2)).map(MonitoringRepository::plain),
                        rows(declarationId, revision)))
                .optional();
    }

    private List<Monitoring.Execution> executions(long declarationId, int revision) {
        return db.client().sql("select line, executed from monitoring_execution where declaration_id = ? and revision = ?"
                        + " order by position")
                .params(declarationId, revision)
                .query((rs, n) -> new Monitoring.Execution(rs.getString(1), plain(rs.getBigDecimal(2))))
                .list();
    }

    private List<MonitoringEntry> rows(long declarationId, int revision) {
        return db.client().sql("select path, actual, expected, likelihood, reason, measure from monitoring_row"
                        + " where declaration_id = ? and revision = ? order by position")
                .params(declarationId, revision)
                .query((rs, n) -> new MonitoringEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)).flatMap(Likelihood::parse), rs.getString(5), rs.getString(6)))
                .list();
    }

    public boolean exists(long declarationId) {
        return latest(declarationId) > 0;
    }

    /** Stores {@code m} as the declaration's next monitoring revision and returns it with that revision number. */
    public Monitoring save(Monitoring m, String summary) {
        return save(m, summary, Optional.empty());
    }

    /** Like {@link #save(Monitoring, String)}, recording that this revision undoes revision {@code reverts}. */
    public Monitoring save(Monitoring m, String summary, Optional<Integer> reverts) {
        return tx.execute(status -> {
            long id = m.declarationId();
            int revision = latest(id) + 1;
            db.client().sql("insert into monitoring_revision (declaration_id, revision, as_of, executed_total, summary,"
                            + " saved_at, reverts) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, revision, Date.valueOf(m.asOf()), m.executedTotal().orElse(null), summary,
                            Timestamp.from(Instant.now()), reverts.orElse(null))
                    .update();
            int position = 0;
            for (Monitoring.Execution e : m.executed()) {
                db.client().sql("insert into monitoring_execution (declaration_id, revision, position, line, executed)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(id, revision, position++, e.line(), e.amount())
                        .update();
            }
            position = 0;
            for (MonitoringEntry r : m.entries()) {
                db.client().sql("insert into monitoring_row (declaration_id, revision, position, path, actual, expected,"
                                + " likelihood, reason, measure) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(id, revision, position++, r.path(), r.actual(), r.expected(),
                                r.likelihood().map(Likelihood::label).orElse(null), r.reason(), r.measure())
                        .update();
            }
            return m.withRevision(revision);
        });
    }

    /** Every revision, oldest first. */
    public List<Revision> history(long declarationId) {
        return db.client().sql("select revision, as_of, saved_at, summary, reverts from monitoring_revision"
                        + " where declaration_id = ? order by revision")
                .param(declarationId)
                .query((rs, n) -> new Revision(rs.getInt(1), rs.getDate(2).toLocalDate(),
                        rs.getTimestamp(3).toInstant(), rs.getString(4),
                        Optional.ofNullable((Integer) rs.getObject(5, Integer.class))))
                .list();
    }

    private static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
