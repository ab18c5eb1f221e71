package cn.jixiao.store;

import cn.jixiao.model.DomainException;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies every row of every jixiao table from one database to another (H2 or PostgreSQL, either way), both
 * already migrated to the same schema version: parents before children (by their foreign keys), each side in one
 * transaction, identity counters moved past the copied ids, and the row counts compared at the end. Generic over
 * the tables, so a feature's new tables are copied without code here.
 */
public final class TableCopy {
    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    private TableCopy() {
    }

    /**
     * Copies {@code from} into {@code to}; the counts of rows per table, in copy order. A target that holds any
     * declaration is refused unless {@code replace}, which first empties every table of the target.
     */
    public static Map<String, Long> copy(Database from, Database to, boolean replace) {
        String vFrom = from.schemaVersion();
        String vTo = to.schemaVersion();
        if (!vFrom.equals(vTo)) {
            throw new DomainException("db.copy.versions", vFrom, vTo);
        }
        try (Connection src = from.dataSource().getConnection(); Connection dst = to.dataSource().getConnection()) {
            boolean srcAuto = src.getAutoCommit();
            boolean dstAuto = dst.getAutoCommit();
            src.setAutoCommit(false);
            src.setReadOnly(true);
            dst.setAutoCommit(false);
            try {
                List<String> tables = tablesInOrder(src);
                List<String> targetTables = tablesInOrder(dst);
                if (!replace && targetTables.stream().anyMatch(t -> count(dst, t) > 0 && !t.equals("setting"))) {
                    throw new DomainException("db.copy.not-empty");
                }
                for (int i = targetTables.size() - 1; i >= 0; i--) {
                    try (Statement s = dst.createStatement()) {
                        s.executeUpdate("delete from " + targetTables.get(i));
                    }
                }
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String table : tables) {
                    counts.put(table, copyTable(src, dst, table));
                    restartIdentity(dst, to.vendor(), table);
                }
                for (Map.Entry<String, Long> e : counts.entrySet()) {
                    long copied = count(dst, e.getKey());
                    if (copied != e.getValue()) {
                        throw new DomainException("db.copy.count-mismatch", e.getKey(), e.getValue(), copied);
                    }
                }
                dst.commit();
                src.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                src.rollback();
                throw e;
            } finally {
                src.setReadOnly(false);
                src.setAutoCommit(srcAuto);
                dst.setAutoCommit(dstAuto);
            }
        } catch (SQLException e) {
            throw new DomainException("db.copy.failed", e.getSQLState() == null ? "" : e.getSQLState());
        }
    }

    /** The jixiao tables of the connection's schema, each after the tables its foreign keys name. */
    static List<String> tablesInOrder(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!t.equals(HISTORY)) {
                    parents.put(t, new LinkedHashSet<>());
                }
            }
        }
        for (String t : parents.keySet()) {
            for (String name : List.of(t, t.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = md.getImportedKeys(null, schema, name)) {
                    while (rs.next()) {
                        String p = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!p.equals(t)) {
                            parents.get(t).add(p);
                        }
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String t : parents.keySet().stream().sorted().toList()) {
            visit(t, parents, done, order);
        }
        return order;
    }

    private static void visit(String t, Map<String, Set<String>> parents, Set<String> done, List<String> order) {
        if (!done.add(t)) {
            return;
        }
        for (String p : parents.getOrDefault(t, Set.of())) {
            visit(p, parents, done, order);
        }
        order.add(t);
    }

    private static long copyTable(Connection src, Connection dst, String table) throws SQLException {
        long n = 0;
        try (Statement s = src.createStatement(); ResultSet rs = s.executeQuery("select * from " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            int columns = md.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement ps = dst.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        int type = md.getColumnType(i);
                        Object v = type == Types.CLOB || type == Types.NCLOB || type == Types.LONGVARCHAR
                                ? rs.getString(i) : rs.getObject(i);
                        if (v == null) {
                            ps.setNull(i, type == Types.CLOB || type == Types.NCLOB ? Types.VARCHAR : type);
                        } else {
                            ps.setObject(i, v);
                        }
                    }
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        return n;
    }

    /** Moves an identity column's counter past the ids just copied, so the next insert gets a fresh one. */
    private static void restartIdentity(Connection dst, Database.Vendor vendor, String table) throws SQLException {
        DatabaseMetaData md = dst.getMetaData();
        String schema = dst.getSchema();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = md.getColumns(null, schema, name, "%")) {
                while (rs.next()) {
                    if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        long next = max(dst, table, column) + 1;
                        try (Statement s = dst.createStatement()) {
                            if (vendor == Database.Vendor.POSTGRESQL) {
                                s.execute("select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), "
                                        + next + ", false)");
                            } else {
                                s.execute("alter table " + table + " alter column " + column + " restart with " + next);
                            }
                        }
                    }
                }
            }
        }
    }

    private static long max(Connection c, String table, String column) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select max(" + column + ") from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Connection c, String table) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DomainException("db.copy.failed", e.getSQLState() == null ? "" : e.getSQLState());
        }
    }
}
