package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.DeclarationLimits;
import cn.jixiao.model.DomainException;
import cn.jixiao.store.Database;
import cn.jixiao.store.StaleRevisionException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Declarations and their revisions in the database. Every save writes a new revision; a save based on a
 * revision that is no longer the newest is refused with {@link StaleRevisionException}.
 */
@Repository
public class DeclarationRepository {
    private static final String SUMMARY_COLUMNS =
            "id, name, budget_year, department, total_funds, indicator_count, revision, updated_at, updated_by";

    private final Database db;
    private final TransactionTemplate tx;

    public DeclarationRepository(Database db) {
        this.db = db;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
    }

    /** Stores a new declaration as revision 1 and returns it with its id. */
    public Declaration create(Declaration d, String summary) {
        DeclarationLimits.check(d);
        return tx.execute(status -> {
            Instant now = Instant.now();
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            db.client().sql("insert into declaration (name, budget_year, department, total_funds, indicator_count, revision,"
                            + " created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, 1, ?, ?, ?)")
                    .params(d.name(), d.header().year(), d.header().department(),
                            d.funding().total().orElse(null), d.tree().indicatorCount(),
                            Timestamp.from(now), Timestamp.from(now), db.author())
                    .update(keys, "id");
            long id = keys.getKeyAs(Long.class);
            Declaration stored = d.stored(id, 1);
            insertRevision(stored, now, summary, Optional.empty(), Optional.empty());
            return stored;
        });
    }

    /** Whether the declarations live on a database server (each statement a round trip), not in this process. */
    public boolean onServer() {
        return db.vendor().shared();
    }

    /** Runs {@code work} in one transaction: everything it stores is kept together or not at all. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        db.client(); // migrate outside the transaction
        return tx.execute(status -> work.get());
    }

    /**
     * Stores new declarations as revision 1 with batched inserts (two JDBC batches, whatever their number), in one
     * transaction — or in the caller's, inside {@link #inTransaction}. Returns them with their ids, in order.
     */
    public List<Declaration> createAll(List<Declaration> ds, String summary) {
        ds.forEach(DeclarationLimits::check);
        return createAll(ds, ds.stream().map(DeclarationRepository::body).toList(), summary);
    }

    /**
     * Like {@link #createAll(List, String)}, with each declaration's revision body already written
     * ({@link #body}) and its limits already checked ({@link DeclarationLimits#check}): an import does both on its
     * reader thread while this one stores.
     */
    public List<Declaration> createAll(List<Declaration> ds, List<String> bodies, String summary) {
        if (ds.size() != bodies.size()) {
            throw new IllegalArgumentException(ds.size() + " declarations, " + bodies.size() + " bodies");
        }
        if (ds.isEmpty()) {
            return List.of();
        }
        db.client();
        return tx.execute(status -> {
            java.sql.Connection con = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(db.dataSource());
            Timestamp now = Timestamp.from(Instant.now());
            List<Declaration> stored = new java.util.ArrayList<>(ds.size());
            String author = db.author();
            try (var ps = con.prepareStatement("insert into declaration (name, budget_year, department, total_funds,"
                    + " indicator_count, revision, created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, 1, ?, ?, ?)",
                    new String[] {"id"})) {
                for (Declaration d : ds) {
                    ps.setString(1, d.name());
                    ps.setInt(2, d.header().year());
                    ps.setString(3, d.header().department());
                    ps.setBigDecimal(4, d.funding().total().orElse(null));
                    ps.setInt(5, d.tree().indicatorCount());
                    ps.setTimestamp(6, now);
                    ps.setTimestamp(7, now);
                    ps.setString(8, author);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (Declaration d : ds) {
                        if (!keys.next()) {
                            throw new IllegalStateException("no generated id for " + d.name());
                        }
                        stored.add(d.stored(keys.getLong(1), 1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            try (var ps = con.prepareStatement("insert into declaration_revision (declaration_id, revision, saved_at,"
                    + " summary, body, author) values (?, 1, ?, ?, ?, ?)")) {
                for (int i = 0; i < stored.size(); i++) {
                    ps.setLong(1, stored.get(i).id());
                    ps.setTimestamp(2, now);
                    ps.setString(3, summaryText(summary));
                    ps.setString(4, bodies.get(i));
                    ps.setString(5, author);
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return stored;
        });
    }

    /** The newest declaration with this name, year and department (what {@code import --update} replaces). */
    public Optional<DeclarationSummary> findSame(String name, int year, String department) {
        return db.client().sql("select " + SUMMARY_COLUMNS + " from declaration where name = ? and budget_year = ?"
                        + " and department = ? order by id desc limit 1")
                .params(name, year, department).query(this::mapSummary).optional();
    }

    /** Every declaration with this name, year and department, oldest first (a duplicate {@code new} or import). */
    public List<DeclarationSummary> findAllSame(String name, int year, String department) {
        return db.client().sql("select " + SUMMARY_COLUMNS + " from declaration where name = ? and budget_year = ?"
                        + " and department = ? order by id")
                .params(name, year, department).query(this::mapSummary).list();
    }

    /** Every declaration whose name is among {@code names}, oldest first: one query for a chunk of imported forms. */
    public List<DeclarationSummary> findByNames(java.util.Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return db.client().sql("select " + SUMMARY_COLUMNS + " from declaration where name in (:names) order by id")
                .param("names", List.copyOf(names)).query(this::mapSummary).list();
    }

    /**
     * Stores {@code d} as the next revision. {@code d.revision()} must be the newest stored revision, else
     * {@link StaleRevisionException}.
     */
    public Declaration save(Declaration d, String summary) {
        return save(d, summary, Optional.empty(), Optional.empty());
    }

    /**
     * Like {@link #save(Declaration, String)}, recording that this revision undoes revision {@code reverts} or
     * re-applies revision {@code redoes}.
     */
    public Declaration save(Declaration d, String summary, Optional<Integer> reverts, Optional<Integer> redoes) {
        DeclarationLimits.check(d);
        return tx.execute(status -> {
            Instant now = Instant.now();
            int next = d.revision() + 1;
            int updated = db.client().sql("update declaration set name = ?, budget_year = ?, department = ?, total_funds = ?,"
                            + " indicator_count = ?, revision = ?, updated_at = ?, updated_by = ? where id = ? and revision = ?")
                    .params(d.name(), d.header().year(), d.header().department(),
                            d.funding().total().orElse(null), d.tree().indicatorCount(), next, Timestamp.from(now),
                            db.author(), d.id(), d.revision())
                    .update();
            if (updated == 0) {
                int current = currentRevision(d.id())
                        .orElseThrow(() -> new DomainException("store.unknown-id", d.id()));
                throw new StaleRevisionException(d.id(), d.revision(), current);
            }
            Declaration stored = d.stored(d.id(), next);
            insertRevision(stored, now, summary, reverts, redoes);
            return stored;
        });
    }

    private void insertRevision(Declaration d, Instant at, String summary, Optional<Integer> reverts,
                                Optional<Integer> redoes) {
        db.client().sql("insert into declaration_revision (declaration_id, revision, saved_at, summary, body, reverts,"
                        + " redoes, author) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.revision(), Timestamp.from(at), summaryText(summary), body(d),
                        reverts.orElse(null), redoes.orElse(null), db.author())
                .update();
    }

    /** The revision's one-line summary as stored: cut to the column's 2,000 characters. */
    private static String summaryText(String summary) {
        return summary.length() <= 2000 ? summary : summary.substring(0, 1999) + "…";
    }

    public Optional<Integer> currentRevision(long id) {
        return db.client().sql("select revision from declaration where id = ?").param(id).query(Integer.class).optional();
    }

    /** The newest revision of declaration {@code id}. */
    public Optional<Declaration> find(long id) {
        return db.client().sql("select r.declaration_id, r.revision, r.body from declaration d join declaration_revision r"
                        + " on r.declaration_id = d.id and r.revision = d.revision where d.id = ?")
                .param(id)
                .query(this::mapBody)
                .optional();
    }

    /**
     * Every declaration's newest revision, in id order, read row by row from one query as the stream is consumed
     * ({@code validate --all}, {@code export --all}) instead of a query per declaration. Close the stream.
     */
    public java.util.stream.Stream<Declaration> streamLatest() {
        return db.client().sql("select r.declaration_id, r.revision, r.body from declaration d join declaration_revision r"
                        + " on r.declaration_id = d.id and r.revision = d.revision order by d.id")
                .query(this::mapBody)
                .stream();
    }

    /** {@link #streamLatest()}, each declaration handed to {@code each} as it is read. */
    public void forEachLatest(java.util.function.Consumer<Declaration> each) {
        try (java.util.stream.Stream<Declaration> all = streamLatest()) {
            all.forEach(each);
        }
    }

    /** The newest revision of declaration {@code id}, or a "no such declaration" error. */
    public Declaration load(long id) {
        return find(id).orElseThrow(() -> new DomainException("store.unknown-id", id));
    }

    /** A given revision of declaration {@code id}. */
    public Optional<Declaration> findRevision(long id, int revision) {
        return db.client().sql("select declaration_id, revision, body from declaration_revision"
                        + " where declaration_id = ? and revision = ?")
                .params(id, revision)
                .query(this::mapBody)
                .optional();
    }

    /**
     * A revision's body: the declaration's content as JSON (schema jixiao.declaration/1) without its id and
     * revision, which are the row's own columns (older bodies carry them too; reading ignores them).
     */
    public static String body(Declaration d) {
        return DeclarationJson.compact(d.id() == 0 && d.revision() == 0 ? d : d.stored(0, 0));
    }

    private Declaration mapBody(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong(1);
        int revision = rs.getInt(2);
        Declaration d = DeclarationJson.fromJson(rs.getString(3), "declaration " + id + "@" + revision);
        return d.stored(id, revision);
    }

    public List<DeclarationSummary> list(Optional<Integer> year) {
        return list(ListFilter.year(year));
    }

    /** The declarations {@code filter} selects, by id; an author matches when they saved any revision. */
    public List<DeclarationSummary> list(ListFilter filter) {
        List<String> where = new java.util.ArrayList<>();
        List<Object> params = new java.util.ArrayList<>();
        filter.year().ifPresent(y -> {
            where.add("budget_year = ?");
            params.add(y);
        });
        filter.department().ifPresent(d -> {
            where.add("department = ?");
            params.add(d);
        });
        filter.author().ifPresent(a -> {
            where.add("exists (select 1 from declaration_revision r where r.declaration_id = declaration.id"
                    + " and r.author = ?)");
            params.add(a);
        });
        String sql = "select " + SUMMARY_COLUMNS + " from declaration"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by id";
        return db.client().sql(sql).params(params).query(this::mapSummary).list();
    }

    public Optional<DeclarationSummary> summary(long id) {
        return db.client().sql("select " + SUMMARY_COLUMNS + " from declaration where id = ?")
                .param(id).query(this::mapSummary).optional();
    }

    public List<DeclarationSummary> findByName(String name) {
        return db.client().sql("select " + SUMMARY_COLUMNS + " from declaration where name = ? order by budget_year desc, id desc")
                .param(name).query(this::mapSummary).list();
    }

    private DeclarationSummary mapSummary(ResultSet rs, int row) throws SQLException {
        BigDecimal total = rs.getBigDecimal(5);
        return new DeclarationSummary(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                Optional.ofNullable(total).map(BigDecimal::stripTrailingZeros), rs.getInt(6), rs.getInt(7),
                rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    public List<RevisionInfo> revisions(long id) {
        return db.client().sql("select declaration_id, revision, saved_at, summary, reverts, redoes, author"
                        + " from declaration_revision where declaration_id = ? order by revision")
                .param(id)
                .query((rs, n) -> new RevisionInfo(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), Optional.ofNullable(rs.getObject(5, Integer.class)),
                        Optional.ofNullable(rs.getObject(6, Integer.class)), rs.getString(7)))
                .list();
    }

    /** Deletes a declaration with all its revisions; false when there was none. */
    public boolean delete(long id) {
        return tx.execute(status -> {
            db.client().sql("delete from declaration_revision where declaration_id = ?").param(id).update();
            return db.client().sql("delete from declaration where id = ?").param(id).update() > 0;
        });
    }
}
