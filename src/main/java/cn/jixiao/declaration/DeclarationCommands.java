package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.shell.Console;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.Text;
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

    @Command(name = "open", group = GROUP, completionProvider = "declarationCompletion")
    public void open(@Argument(index = 0) String ref, CommandContext ctx) {
        Declaration d = workspace.open(UsageException.require(ref, "ID|名称"));
        ctx.outputWriter().println(m.get("open.done", view.title(d)));
    }

    @Command(name = "list", group = GROUP)
    public void list(@Option(longName = "year") Integer year,
                     @Option(longName = "author") String author,
                     @Option(longName = "department") String department,
                     @Option(longName = "json") Boolean json, CommandContext ctx) {
        var rows = declarations.list(new ListFilter(Optional.ofNullable(year), blankless(author), blankless(department)));
        print(ctx, Boolean.TRUE.equals(json) ? view.listJson(rows) : String.join("\n", view.list(rows)));
    }

    @Command(name = "show", group = GROUP, completionProvider = "declarationCompletion")
    public void show(@Option(longName = "id") Long id,
                     @Option(longName = "json") Boolean json, CommandContext ctx) {
        Declaration d = workspace.current(Optional.ofNullable(id));
        print(ctx, Boolean.TRUE.equals(json) ? DeclarationJson.pretty(d) : String.join("\n", Text.fitAll(view.show(d))));
    }

    @Command(name = "tree", group = GROUP, completionProvider = "declarationCompletion")
    public void tree(@Option(longName = "id") Long id, CommandContext ctx) {
        Declaration d = workspace.current(Optional.ofNullable(id));
        print(ctx, String.join("\n", Text.fitAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(view.title(d)),
                view.tree(d).stream()).toList())));
    }

    @Command(name = "delete", group = GROUP, completionProvider = "declarationCompletion")
    public void delete(@Argument(index = 0) String ref,
                       @Option(longName = "yes") Boolean yes, CommandContext ctx) {
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
