package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.shell.Console;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Finding, showing and deleting declarations ({@code new} is in {@code guided}). */
@Component
public class DeclarationCommands {
    public static final String GROUP = "申报表 Declarations";

    private final Workspace workspace;
    private final DeclarationRepository declarations;
    private final DeclarationView view;
    private final Console console;
    private final Messages m;

    public DeclarationCommands(Workspace workspace, DeclarationRepository declarations, DeclarationView view,
                               Console console, Messages messages) {
        this.workspace = workspace;
        this.declarations = declarations;
        this.view = view;
        this.console = console;
        this.m = messages;
    }

    @Command(name = "open", group = GROUP, completionProvider = "declarationCompletion", description = "打开申报表：open <ID|名称>")
    public void open(@Argument(index = 0, description = "ID 或名称") String ref, CommandContext ctx) {
        Declaration d = workspace.open(UsageException.require(ref, "ID|名称"));
        ctx.outputWriter().println(m.get("open.done", view.title(d)));
    }

    @Command(name = "list", group = GROUP,
            description = "列出申报表：list [--year 2026] [--author 用户] [--department 部门] [--json]")
    public void list(@Option(longName = "year", description = "只列这一年度") Integer year,
                     @Option(longName = "author", description = "只列此人修改过的") String author,
                     @Option(longName = "department", description = "只列这个主管部门的") String department,
                     @Option(longName = "json", description = "输出 JSON") Boolean json, CommandContext ctx) {
        var rows = declarations.list(new ListFilter(Optional.ofNullable(year), blankless(author), blankless(department)));
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
        long id = workspace.resolveId(UsageException.require(ref, "ID"));
        Declaration d = declarations.load(id);
        if (!Boolean.TRUE.equals(yes) && !console.confirm(ctx, m.get("delete.confirm", view.title(d)))) {
            ctx.outputWriter().println(m.get("delete.kept"));
            return;
        }
        workspace.delete(id);
        ctx.outputWriter().println(m.get("delete.done", view.title(d)));
    }

    private static Optional<String> blankless(String s) {
        return Optional.ofNullable(s).map(String::strip).filter(x -> !x.isEmpty());
    }

    private static void print(CommandContext ctx, String text) {
        ctx.outputWriter().println(text);
    }

}
