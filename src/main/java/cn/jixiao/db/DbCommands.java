package cn.jixiao.db;

import cn.jixiao.json.Json;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import cn.jixiao.store.Database;
import cn.jixiao.store.SharedDatabase;
import cn.jixiao.store.StoreConfig;
import cn.jixiao.store.TableCopy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.Map;

/** {@code db info} and {@code db copy}: which database jixiao uses, and moving everything to another one. */
@Component
public class DbCommands {
    private static final String GROUP = "团队 Team";

    private final Database database;
    private final Messages m;
    private final String db;
    private final Path home;

    public DbCommands(Database database, Messages messages, @Value("${jixiao.db}") String db,
                      @Value("${jixiao.home}") String home) {
        this.database = database;
        this.m = messages;
        this.db = db;
        this.home = Path.of(home);
    }

    @Command(name = "db info", group = GROUP)
    public void info(@Option(longName = "json") Boolean json, CommandContext ctx) {
        Database.Vendor vendor = database.vendor();
        String where = location(db);
        String version = database.schemaVersion();
        if (Boolean.TRUE.equals(json)) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("database", vendor.folder());
            o.put("location", where);
            o.put("schemaVersion", version);
            o.put("shared", vendor.shared());
            o.put("author", database.author());
            ctx.outputWriter().println(Json.pretty(o));
            return;
        }
        ctx.outputWriter().println(m.get("db.info", m.get("db.kind." + vendor.folder()), where, version,
                m.get(vendor.shared() ? "db.shared.yes" : "db.shared.no"), database.author()));
    }

    @Command(name = "db copy", group = GROUP)
    public void copy(@Option(longName = "to") String to,
                     @Option(longName = "from") String from,
                     @Option(longName = "replace") Boolean replace, CommandContext ctx) {
        if ((to == null) == (from == null)) {
            throw new UsageException("db.copy.to-or-from");
        }
        String other = to != null ? to : from;
        try (Other o = open(other)) {
            Database source = to != null ? database : o.database;
            Database target = to != null ? o.database : database;
            Map<String, Long> counts = TableCopy.copy(source, target, Boolean.TRUE.equals(replace));
            long declarations = counts.getOrDefault("declaration", 0L);
            long revisions = counts.getOrDefault("declaration_revision", 0L);
            long templates = counts.getOrDefault("template_version", 0L);
            ctx.outputWriter().println(m.get("db.copy.done", location(to != null ? other : db),
                    location(to != null ? db : other), declarations, revisions, templates,
                    counts.values().stream().mapToLong(Long::longValue).sum()));
        }
    }

    /** A second database, opened for the copy and closed after it. */
    private record Other(SingleConnectionDataSource dataSource, Database database) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.destroy();
        }
    }

    private Other open(String ref) {
        String r = ref.strip();
        if (r.isEmpty()) {
            throw new UsageException("argument.missing", "--to|--from");
        }
        SingleConnectionDataSource ds = SharedDatabase.isShared(r)
                ? StoreConfig.dataSource(SharedDatabase.of(r, home, System.getenv()))
                : new StoreConfig().dataSource(r);
        return new Other(ds, new Database(ds, database.author(), ""));
    }

    private static String location(String ref) {
        return SharedDatabase.location(ref);
    }
}
