package cn.jixiao.monitoring;

import cn.jixiao.json.Json;
import cn.jixiao.monitoring.model.FundingProgress;
import cn.jixiao.monitoring.model.MonitoringRow;
import cn.jixiao.shell.Console;
import cn.jixiao.shell.ExportFile;
import cn.jixiao.shell.Messages;
import cn.jixiao.validation.model.Finding;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static cn.jixiao.shell.UsageException.require;

/** monitor …: the mid-year monitoring (绩效运行监控) of the open declaration (or {@code --id N}). */
@Component
public class MonitorCommands {
    private static final String GROUP = "运行监控 Monitoring";

    private final MonitoringService monitoring;
    private final MonitorView view;
    private final Messages m;
    private final Console console;

    public MonitorCommands(MonitoringService monitoring, MonitorView view, Messages messages,
                            Console console) {
        this.monitoring = monitoring;
        this.view = view;
        this.m = messages;
        this.console = console;
    }

    @Command(name = "monitor start", group = GROUP, completionProvider = "declarationCompletion")
    public void start(@Option(longName = "as-of") String asOf,
                      @Option(longName = "id") Long id, CommandContext ctx) {
        MonitoringService.Started s = monitoring.start(Optional.ofNullable(id), Optional.ofNullable(asOf));
        var c = s.current();
        String key = s.created() ? "monitor.start.done" : s.asOfChanged() ? "monitor.start.as-of" : "monitor.start.exists";
        print(ctx, m.get(key, view.title(c), c.report().rows().size(), c.report().schedule().toPlainString() + "%"));
    }

    @Command(name = "monitor executed", group = GROUP, completionProvider = "monitorLineCompletion")
    public void executed(@Argument(index = 0) String line,
                         @Argument(index = 1) String amount,
                         @Option(longName = "id") Long id, CommandContext ctx) {
        String ref = require(line, "支出");
        Optional<BigDecimal> value = MonitoringService.amount(require(amount, "1-6月执行数"));
        var c = monitoring.executed(Optional.ofNullable(id), ref, value);
        FundingProgress p = c.report().total();
        if (!MonitoringService.isTotal(ref)) {
            String name = c.declaration().funding().expenses().get(c.declaration().funding().expenseIndex(ref)).name();
            p = c.report().lines().stream().filter(x -> x.line().equals(name)).findFirst().orElseThrow();
        }
        print(ctx, view.executed(p, c.report()));
        if (!p.isTotal()) {
            print(ctx, view.executed(c.report().total(), c.report()));
        }
        List<Finding> findings = monitoring.findings(c).stream().filter(f -> f.path().startsWith("funding/")).toList();
        view.findings(findings).forEach(l -> print(ctx, l));
    }

    @Command(name = "monitor set", group = GROUP, completionProvider = "monitorRowCompletion")
    public void set(@Argument(index = 0) String path,
                    @Option(longName = "actual") String actual,
                    @Option(longName = "expected") String expected,
                    @Option(longName = "likelihood") String likelihood,
                    @Option(longName = "reason") String reason,
                    @Option(longName = "measure") String measure,
                    @Option(longName = "id") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        var change = new MonitoringService.RowChange(
                Optional.ofNullable(actual).map(MonitoringService::text),
                Optional.ofNullable(expected).map(MonitoringService::text),
                Optional.ofNullable(likelihood).map(MonitoringService::likelihood),
                Optional.ofNullable(reason).map(MonitoringService::text),
                Optional.ofNullable(measure).map(MonitoringService::text));
        var c = monitoring.set(Optional.ofNullable(id), p, change);
        String row = MonitoringService.rowPath(c.declaration(), p);
        MonitoringRow r = c.report().row(row).orElseThrow();
        print(ctx, view.row(r, c.monitoring().revision()));
        List<Finding> findings = monitoring.findings(c).stream().filter(f -> f.path().equals(row)).toList();
        view.findings(findings).forEach(l -> print(ctx, l));
    }

    @Command(name = "monitor show", group = GROUP, completionProvider = "declarationCompletion")
    public void show(@Option(longName = "json") Boolean json,
                     @Option(longName = "id") Long id, CommandContext ctx) {
        var c = monitoring.current(Optional.ofNullable(id));
        if (Boolean.TRUE.equals(json)) {
            print(ctx, Json.pretty(MonitoringExport.json(c.declaration(), c.report())));
            return;
        }
        view.show(c, monitoring.findings(c)).forEach(l -> print(ctx, l));
    }

    @Command(name = "monitor history", group = GROUP, completionProvider = "declarationCompletion")
    public void history(@Option(longName = "id") Long id, CommandContext ctx) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault());
        for (MonitoringRepository.Revision r : monitoring.history(Optional.ofNullable(id))) {
            print(ctx, m.get("monitor.history.line", r.revision(), f.format(r.savedAt()), r.asOf().toString(), r.summary()));
        }
    }

    @Command(name = "monitor undo", group = GROUP, completionProvider = "declarationCompletion")
    public void undo(@Option(longName = "id") Long id, CommandContext ctx) {
        MonitoringService.Undone u = monitoring.undo(Optional.ofNullable(id));
        print(ctx, m.get("monitor.undo.done", u.revision(), u.summary(), u.current().monitoring().revision()));
        print(ctx, view.summary(u.current().report()));
    }

    @Command(name = "monitor export", group = GROUP, completionProvider = "fileCompletion")
    public void export(@Option(longName = "format") String format,
                       @Option(longName = "out", required = true) String out,
                       @Option(longName = "id") Long id,
                       @Option(longName = "force") Boolean force, CommandContext ctx) {
        ExportFile.record("monitor", format, out, force, () -> monitoring.current(Optional.ofNullable(id)),
                c -> new ExportFile.Renderings(() -> MonitoringExport.markdown(c.declaration(), c.report()),
                        () -> Json.pretty(MonitoringExport.json(c.declaration(), c.report())),
                        () -> MonitoringExport.xlsx(c.declaration(), c.report())), console, m, ctx)
                .ifPresent(c -> print(ctx, m.get("monitor.export.done", Path.of(out), c.report().rows().size(),
                        view.summary(c.report()))));
    }

    private static void print(CommandContext ctx, String line) {
        ctx.outputWriter().println(line);
    }
}
