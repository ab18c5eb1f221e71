package cn.jixiao.template;

import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.shell.ExitCodes;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import cn.jixiao.template.model.Harvest;
import cn.jixiao.template.model.TemplateProblemsException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The template catalogue: frameworks and indicator sets, listed, shown, applied, harvested and curated. */
@Component
public class TemplateCommands {
    private static final String GROUP = "模板 Templates";

    private final TemplateService templates;
    private final TemplateView view;
    private final Workspace workspace;
    private final Messages m;

    public TemplateCommands(TemplateService templates, TemplateView view, Workspace workspace, Messages messages) {
        this.templates = templates;
        this.view = view;
        this.workspace = workspace;
        this.m = messages;
    }

    @Command(name = "template list", group = GROUP)
    public void list(@Option(longName = "json") Boolean json, CommandContext ctx) {
        var rows = templates.list();
        print(ctx, Boolean.TRUE.equals(json) ? view.listJson(rows) : String.join("\n", view.list(rows)));
    }

    @Command(name = "template show", group = GROUP, completionProvider = "templateCompletion")
    public void show(@Argument(index = 0) String id,
                     @Option(longName = "version") Integer version, CommandContext ctx) {
        TemplateVersion v = templates.requireVersion(UsageException.require(id, "模板 ID"), Optional.ofNullable(version));
        print(ctx, String.join("\n", view.show(templates.parse(v), v)));
    }

    @Command(name = "template diff", group = GROUP, completionProvider = "templateCompletion")
    public void diff(@Argument(index = 0) String id,
                     @Option(longName = "from") Integer from,
                     @Option(longName = "to") Integer to, CommandContext ctx) {
        String tid = UsageException.require(id, "模板 ID");
        int w = to != null ? to : templates.requireVersion(tid, Optional.empty()).version();
        int v = from != null ? from : w - 1;
        if (v < 1) {
            throw new UsageException("template.diff.one-version", tid, w);
        }
        print(ctx, String.join("\n", view.diff(tid, v, w, templates.diff(tid, v, w))));
    }

    @Command(name = "template apply", group = GROUP, completionProvider = "templateCompletion")
    public void apply(@Arguments List<String> ids, @Option(longName = "id") Long id,
                      CommandContext ctx) {
        List<String> which = TemplateService.splitIds(String.join(",", ids == null ? List.of() : ids));
        if (which.isEmpty()) {
            throw new UsageException("argument.missing", "模板 ID");
        }
        TemplateService.Applied[] applied = new TemplateService.Applied[1];
        Declaration saved = workspace.edit(Optional.ofNullable(id), "应用模板 " + String.join("、", which), d -> {
            applied[0] = templates.apply(d, which);
            return applied[0].declaration();
        });
        view.applied(applied[0].result()).forEach(ctx.outputWriter()::println);
        print(ctx, m.get("template.apply.done", String.join("、", which), applied[0].result().added().size(),
                applied[0].result().skipped().size(), saved.revision()));
    }

    @Command(name = "template harvest", group = GROUP)
    public void harvest(@Option(longName = "ids") String ids,
                        @Option(longName = "all") Boolean all,
                        @Option(longName = "min-count") Integer minCount,
                        @Option(longName = "save-as") String saveAs,
                        @Option(longName = "title") String title, CommandContext ctx) {
        List<Long> which = ids == null || Boolean.TRUE.equals(all) ? List.of()
                : TemplateService.splitIds(ids).stream().map(workspace::resolveId).toList();
        int min = minCount == null ? 2 : minCount;
        List<Harvest.Row> rows = templates.harvest(which, min);
        int count = which.isEmpty() ? templates.harvestedCount() : which.size();
        print(ctx, String.join("\n", view.harvest(rows, count)));
        if (saveAs != null && !saveAs.isBlank()) {
            TemplateService.Stored s = templates.saveHarvest(which, min, saveAs.strip(),
                    title == null || title.isBlank() ? m.get("template.harvest.default-title", count) : title);
            print(ctx, m.get(s.created() ? "template.saved" : "template.unchanged", s.id(), s.version(), s.indicators()));
        }
    }

    @Command(name = "template lint", group = GROUP, completionProvider = "templateCompletion")
    public void lint(@Argument(index = 0) String ref, CommandContext ctx) {
        String r = UsageException.require(ref, "文件|模板 ID");
        Path file = Path.of(r);
        TemplateReader.Read read = Files.isRegularFile(file) ? templates.lint(r, readFile(file))
                : templates.lint(r, templates.requireVersion(r, Optional.empty()).body());
        read.problems().forEach(p -> ctx.outputWriter().println(view.problem(p)));
        if (!read.ok()) {
            throw new CommandFailedException(ExitCodes.FINDINGS, m.get("template.lint.failed", r, read.problems().size()));
        }
        print(ctx, m.get("template.lint.clean", r));
    }

    @Command(name = "template sync", group = GROUP)
    public void sync(CommandContext ctx) {
        TemplateService.SyncReport report = templates.sync(true);
        report.problems().forEach(p -> ctx.outputWriter().println(view.problem(p)));
        report.stored().forEach(s -> ctx.outputWriter().println(m.get(s.created() ? "template.saved" : "template.unchanged",
                s.id(), s.version(), s.indicators())));
        if (!report.problems().isEmpty()) {
            throw new CommandFailedException(ExitCodes.FINDINGS, m.get("template.sync.problems", report.problems().size()));
        }
    }

    @Command(name = "template save", group = GROUP, completionProvider = "templateCompletion")
    public void save(@Option(longName = "from", required = true) String from,
                     @Option(longName = "id", required = true) String id,
                     @Option(longName = "title") String title, CommandContext ctx) {
        TemplateService.Stored s = problems(ctx, () -> templates.saveFromDeclaration(workspace.resolveId(from), id.strip(),
                title == null ? "" : title));
        print(ctx, m.get(s.created() ? "template.saved" : "template.unchanged", s.id(), s.version(), s.indicators()));
    }

    @Command(name = "template export", group = GROUP, completionProvider = "templateCompletion")
    public void export(@Argument(index = 0) String id,
                       @Option(longName = "version") Integer version,
                       @Option(longName = "out") String out, CommandContext ctx) {
        TemplateVersion v = templates.requireVersion(UsageException.require(id, "模板 ID"), Optional.ofNullable(version));
        if (out == null || out.isBlank()) {
            ctx.outputWriter().print(v.body());
            ctx.outputWriter().flush();
            return;
        }
        try {
            Files.writeString(Path.of(out), v.body());
        } catch (IOException e) {
            throw new UsageException("template.write-failed", out, cn.jixiao.model.IoReason.of(e));
        }
        print(ctx, m.get("template.exported", v.id(), v.version(), out));
    }

    @Command(name = "template import", group = GROUP)
    public void importFile(@Argument(index = 0) String file, CommandContext ctx) {
        Path path = Path.of(UsageException.require(file, "文件"));
        TemplateService.Stored s = problems(ctx, () -> templates.importText(file, readFile(path)));
        print(ctx, m.get(s.created() ? "template.saved" : "template.unchanged", s.id(), s.version(), s.indicators()));
    }

    /** Runs a store that lints first: prints every problem with file and line before failing. */
    private <T> T problems(CommandContext ctx, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (TemplateProblemsException e) {
            e.problems().forEach(p -> ctx.outputWriter().println(view.problem(p)));
            throw e;
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UsageException("template.read-failed", file.toString(), cn.jixiao.model.IoReason.of(e));
        } catch (UncheckedIOException e) {
            throw new UsageException("template.read-failed", file.toString(), cn.jixiao.model.IoReason.of(e));
        }
    }

    private static void print(CommandContext ctx, String text) {
        ctx.outputWriter().println(text);
    }
}
