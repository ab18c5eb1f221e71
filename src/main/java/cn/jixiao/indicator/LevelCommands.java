package cn.jixiao.indicator;

import cn.jixiao.declaration.EditReview;
import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.shell.Messages;
import cn.jixiao.template.TemplateService;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static cn.jixiao.shell.UsageException.require;

/**
 * The 一级 and 二级 of the open declaration (or {@code --id N}): add one the tree lacks (where the framework puts
 * it), rename one, remove one with no 三级 under it. A tree that lost a 二级 in conversion can be mended here.
 */
@Component
public class LevelCommands {
    private static final String GROUP = "编辑 Editing";

    private final Workspace workspace;
    private final TemplateService templates;
    private final EditReview review;
    private final Messages m;

    public LevelCommands(Workspace workspace, TemplateService templates, EditReview review, Messages messages) {
        this.workspace = workspace;
        this.templates = templates;
        this.review = review;
        this.m = messages;
    }

    @Command(name = "level add", group = GROUP, completionProvider = "levelAddCompletion")
    public void add(@Argument(index = 0) String path,
                    @Option(longName = "id") Long id, CommandContext ctx) {
        String p = require(path, "一级/二级");
        Declaration d = workspace.edit(Optional.ofNullable(id), "添加 " + p.strip(),
                x -> x.withTree(x.tree().addLevel(p, framework(x))));
        IndicatorTree.Node node = d.tree().resolveLevel(normalized(p));
        say(ctx, m.get("level.added", node.position(), node.path(), d.revision()));
        review.review(d, node.path()::equals).forEach(line -> say(ctx, line));
    }

    @Command(name = "level rename", group = GROUP, completionProvider = "levelCompletion")
    public void rename(@Argument(index = 0) String path,
                       @Argument(index = 1) String name,
                       @Option(longName = "id") Long id, CommandContext ctx) {
        String p = require(path, "一级/二级");
        String n = require(name, "新名称").strip();
        String[] from = new String[1];
        Workspace.Edited e = workspace.change(Optional.ofNullable(id), "重命名 " + p.strip() + " → " + n, x -> {
            IndicatorTree.Node node = x.tree().resolveLevel(p);
            from[0] = node.position().toString();
            return x.withTree(x.tree().renameLevel(p, n));
        });
        Declaration d = e.after();
        IndicatorTree.Node node = d.tree().resolveLevel(from[0]);
        if (!e.changed()) {
            say(ctx, m.get("edit.unchanged", node.position() + " " + node.path(), d.revision()));
            return;
        }
        say(ctx, m.get("level.renamed", e.before().tree().resolveLevel(from[0]).path(), node.position(), node.path(),
                d.revision()));
        review.review(d, x -> x.equals(node.path()) || x.startsWith(node.path() + "/")).forEach(line -> say(ctx, line));
    }

    @Command(name = "level rm", group = GROUP, completionProvider = "levelCompletion")
    public void rm(@Argument(index = 0) String path,
                   @Option(longName = "id") Long id, CommandContext ctx) {
        String p = require(path, "一级/二级");
        String[] removed = new String[1];
        Declaration d = workspace.edit(Optional.ofNullable(id), "删除 " + p.strip(), x -> {
            removed[0] = x.tree().resolveLevel(p).path();
            return x.withTree(x.tree().removeLevel(p));
        });
        say(ctx, m.get("rm.done", removed[0], d.revision()));
    }

    /** The declaration's framework (from the catalogue), else the built-in Jiangsu one. */
    private Framework framework(Declaration d) {
        return templates.ruleContext().framework(d.frameworkId()).orElse(Framework.JIANGSU);
    }

    /** A typed 一级/二级 path without blank segments or surrounding spaces, as the tree now names it. */
    private static String normalized(String path) {
        return String.join("/", java.util.Arrays.stream(path.split("/")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    private static void say(CommandContext ctx, String line) {
        ctx.outputWriter().println(line);
    }
}
