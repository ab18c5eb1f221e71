package cn.jixiao.shell;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.Framework;
import cn.jixiao.template.TemplateService;
import cn.jixiao.io.DeclarationJson;
import cn.jixiao.shell.guided.ConsolePrompter;
import cn.jixiao.shell.guided.GuidedBuild;
import cn.jixiao.store.DeclarationRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Creating, finding, showing and deleting declarations. */
@Component
public class DeclarationCommands {
    private static final String GROUP = "申报表 Declarations";

    private final Workspace workspace;
    private final DeclarationRepository declarations;
    private final DeclarationView view;
    private final Console console;
    private final Messages m;
    private final TemplateService templates;
    private final TemplateView templateView;
    private final ObjectProvider<GuidedBuild> guided;
    private final ObjectProvider<ConsolePrompter> prompter;

    public DeclarationCommands(Workspace workspace, DeclarationRepository declarations, DeclarationView view,
                               Console console, Messages messages, TemplateService templates,
                               TemplateView templateView, ObjectProvider<GuidedBuild> guided,
                               ObjectProvider<ConsolePrompter> prompter) {
        this.guided = guided;
        this.prompter = prompter;
        this.templates = templates;
        this.templateView = templateView;
        this.workspace = workspace;
        this.declarations = declarations;
        this.view = view;
        this.console = console;
        this.m = messages;
    }

    @Command(name = "new", group = GROUP, completionProvider = "templateCompletion",
            description = "新建申报表并打开：new --name 名称 --year 2026 [--department 部门] [--framework 框架] [--template 指标集,…]；控制台里不带选项的 new 启动向导")
    public void create(@Option(longName = "name", description = "项目名称（必填；控制台里不带选项则启动向导）") String name,
                       @Option(longName = "year", description = "年度（必填）") Integer year,
                       @Option(longName = "department", description = "主管部门") String department,
                       @Option(longName = "framework", description = "框架模板 ID（默认：江苏项目框架）") String framework,
                       @Option(longName = "template", description = "建表后应用的指标集 ID，逗号分隔") String template,
                       CommandContext ctx) {
        if (name == null && year == null && department == null && framework == null && template == null
                && console.interactive()) {
            guided.getObject().run(prompter.getObject());
            return;
        }
        if (name == null) {
            throw new UsageException("option.required", "--name", "new");
        }
        if (year == null) {
            throw new UsageException("option.required", "--year", "new");
        }
        List<String> sets = template == null ? List.of() : TemplateService.splitIds(template);
        TemplateService.Applied[] applied = new TemplateService.Applied[1];
        Declaration d = framework == null && sets.isEmpty()
                ? workspace.create(name, year, department == null ? "" : department)
                : workspace.create(name, year, department == null ? "" : department,
                        framework == null ? Framework.JIANGSU : templates.framework(framework), draft -> {
                            Declaration withFramework = framework == null ? draft : templates.recordFramework(draft, framework);
                            applied[0] = templates.apply(withFramework, sets);
                            return applied[0].declaration();
                        });
        ctx.outputWriter().println(m.get("new.done", view.title(d), d.tree().level1s().size(),
                d.tree().level1s().stream().mapToInt(l -> l.children().size()).sum()));
        if (!sets.isEmpty()) {
            templateView.applied(applied[0].result()).forEach(ctx.outputWriter()::println);
            ctx.outputWriter().println(m.get("template.apply.done", String.join("、", sets),
                    applied[0].result().added().size(), applied[0].result().skipped().size(), d.revision()));
        }
    }

    @Command(name = "open", group = GROUP, completionProvider = "declarationCompletion", description = "打开申报表：open <ID|名称>")
    public void open(@Argument(index = 0, description = "ID 或名称") String ref, CommandContext ctx) {
        Declaration d = workspace.open(require(ref, "ID|名称"));
        ctx.outputWriter().println(m.get("open.done", view.title(d)));
    }

    @Command(name = "list", group = GROUP, description = "列出申报表：list [--year 2026] [--json]")
    public void list(@Option(longName = "year", description = "只列这一年度") Integer year,
                     @Option(longName = "json", description = "输出 JSON") Boolean json, CommandContext ctx) {
        var rows = declarations.list(Optional.ofNullable(year));
        print(ctx, Boolean.TRUE.equals(json) ? view.listJson(rows) : String.join("\n", view.list(rows)));
    }

    @Command(name = "show", group = GROUP, completionProvider = "declarationCompletion", description = "显示整张申报表：show [--id N] [--json]")
    public void show(@Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id,
                     @Option(longName = "json", description = "输出 JSON") Boolean json, CommandContext ctx) {
        Declaration d = workspace.current(Optional.ofNullable(id));
        print(ctx, Boolean.TRUE.equals(json) ? DeclarationJson.pretty(d) : String.join("\n", view.show(d)));
    }

    @Command(name = "tree", group = GROUP, completionProvider = "declarationCompletion", description = "显示指标树（半年/全年对齐）：tree [--id N]")
    public void tree(@Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        Declaration d = workspace.current(Optional.ofNullable(id));
        print(ctx, view.title(d) + "\n" + String.join("\n", view.tree(d)));
    }

    @Command(name = "delete", group = GROUP, completionProvider = "declarationCompletion", description = "删除申报表及其全部版本：delete <ID> [--yes]")
    public void delete(@Argument(index = 0, description = "申报表 ID") String ref,
                       @Option(longName = "yes", description = "不再确认") Boolean yes, CommandContext ctx) {
        long id = workspace.resolveId(require(ref, "ID"));
        Declaration d = declarations.load(id);
        if (!Boolean.TRUE.equals(yes) && !console.confirm(ctx, m.get("delete.confirm", view.title(d)))) {
            ctx.outputWriter().println(m.get("delete.kept"));
            return;
        }
        workspace.delete(id);
        ctx.outputWriter().println(m.get("delete.done", view.title(d)));
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new UsageException("argument.missing", what);
        }
        return value;
    }

    private static void print(CommandContext ctx, String text) {
        ctx.outputWriter().println(text);
    }

}
