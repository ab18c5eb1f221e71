package cn.jixiao.evaluation;

import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.evaluation.model.EvaluationEntry;
import cn.jixiao.evaluation.model.Grade;
import cn.jixiao.evaluation.model.Shares;
import cn.jixiao.store.Database;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Self-evaluations: one per declaration, its rows keyed by indicator path. A save replaces the whole evaluation. */
@Repository
public class EvaluationRepository {
    private final Database db;
    private final TransactionTemplate tx;

    public EvaluationRepository(Database db) {
        this.db = db;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
    }

    public Optional<Evaluation> find(long declarationId) {
        return db.client().sql("select budget_year, executed, stated_grade, share_full, share_partial, share_none"
                        + " from evaluation where declaration_id = ?")
                .param(declarationId)
                .query((rs, n) -> new Evaluation(declarationId, rs.getInt(1), Optional.ofNullable(rs.getBigDecimal(2)).map(EvaluationRepository::plain),
                        Optional.ofNullable(rs.getString(3)).flatMap(Grade::parse),
                        new Shares(rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)), List.of()))
                .optional()
                .map(e -> e.withEntries(rows(declarationId)));
    }

    private List<EvaluationEntry> rows(long declarationId) {
        return db.client().sql("select path, actual, achievement, weight, score, reason from evaluation_row"
                        + " where declaration_id = ? order by position")
                .param(declarationId)
                .query((rs, n) -> new EvaluationEntry(rs.getString(1), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)).flatMap(Achievement::parse),
                        Optional.ofNullable(rs.getBigDecimal(4)).map(EvaluationRepository::plain),
                        Optional.ofNullable(rs.getBigDecimal(5)).map(EvaluationRepository::plain), rs.getString(6)))
                .list();
    }

    public boolean exists(long declarationId) {
        return db.client().sql("select count(*) from evaluation where declaration_id = ?").param(declarationId)
                .query(Integer.class).single() > 0;
    }

    /** Stores {@code e} (creating or replacing the declaration's evaluation) and returns it. */
    public Evaluation save(Evaluation e) {
        return tx.execute(status -> {
            Timestamp now = Timestamp.from(Instant.now());
            int updated = db.client().sql("update evaluation set budget_year = ?, executed = ?, stated_grade = ?,"
                            + " share_full = ?, share_partial = ?, share_none = ?, updated_at = ? where declaration_id = ?")
                    .params(e.year(), e.executed().orElse(null), e.statedGrade().map(Grade::label).orElse(null),
                            e.shares().full(), e.shares().partial(), e.shares().none(), now, e.declarationId())
                    .update();
            if (updated == 0) {
                db.client().sql("insert into evaluation (declaration_id, budget_year, executed, stated_grade, share_full,"
                                + " share_partial, share_none, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(e.declarationId(), e.year(), e.executed().orElse(null),
                                e.statedGrade().map(Grade::label).orElse(null), e.shares().full(), e.shares().partial(),
                                e.shares().none(), now, now)
                        .update();
            }
            db.client().sql("delete from evaluation_row where declaration_id = ?").param(e.declarationId()).update();
            int position = 0;
            for (EvaluationEntry r : e.entries()) {
                db.client().sql("insert into evaluation_row (declaration_id, path, position, actual, achievement, weight,"
                                + " score, reason) values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(e.declarationId(), r.path(), position++, r.actual(),
                                r.achievement().map(Achievement::id).orElse(null), r.weight().orElse(null),
                                r.score().orElse(null), r.reason())
                        .update();
            }
            return e;
        });
    }

    public boolean delete(long declarationId) {
        return db.client().sql("delete from evaluation where declaration_id = ?").param(declarationId).update() > 0;
    }

    private static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
