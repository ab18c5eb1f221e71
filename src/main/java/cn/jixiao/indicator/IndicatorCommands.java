package cn.jixiao.indicator;

import cn.jixiao.declaration.EditReview;
import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static cn.jixiao.shell.UsageException.require;

/** Changing the 三级 indicators of the open declaration (or {@code --id N}): add, set, rm, mv. */
@Component
public class IndicatorCommands {
    private static final String GROUP = "编辑 Editing";

    private final Workspace workspace;
    private final EditReview review;
    private final Messages m;

    public IndicatorCommands(Workspace workspace, EditReview review, Messages messages) {
        this.workspace = workspace;
        this.review = review;
        this.m = messages;
    }

    @Command(name = "add", group = GROUP, completionProvider = "level2Completion")
    public void add(@Argument(index = 0) String parent,
                    @Argument(index = 1) String name,
                    @Option(longName = "half") String half,
                    @Option(longName = "full") String full,
                    @Option(longName = "id") Long id, CommandContext ctx) {
        String n = require(name, "名称").strip();
        String parentPath = require(parent, "一级/二级");
        TypedValue h = TypedValue.of("--half", orEmpty(half));
        TypedValue f = TypedValue.of("--full", orEmpty(full));
        Indicator indicator = new Indicator(n, h.value(), f.value());
        Declaration d = workspace.edit(Optional.ofNullable(id), "添加 " + parentPath + "/" + indicator.name(),
                x -> x.withTree(x.tree().add(parentPath, indicator)));
        IndicatorTree.Node node = d.tree().resolve(d.tree().resolveLevel2(parentPath).path() + "/" + indicator.name());
        done(ctx, m.get("add.done", node.position(), node.path(), m.shown(indicator.half().text()),
                m.shown(indicator.full().text()), d.revision()));
        respelt(ctx, h, f);
        findings(ctx, d, node.path());
    }

    @Command(name = "set", group = GROUP, completionProvider = "indicatorCompletion")
    public void set(@Argument(index = 0) String path,
                    @Option(longName = "half") String half,
                    @Option(longName = "full") String full,
                    @Option(longName = "rename") String rename,
                    @Option(longName = "id") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        if (half == null && full == null && rename == null) {
            throw new UsageException("set.nothing");
        }
        Optional<TypedValue> h = Optional.ofNullable(half).map(v -> TypedValue.of("--half", v));
        Optional<TypedValue> f = Optional.ofNullable(full).map(v -> TypedValue.of("--full", v));
        Workspace.Edited e = workspace.change(Optional.ofNullable(id), "修改 " + p, x -> x.withTree(x.tree().update(p, i -> {
            Indicator r = i;
            if (h.isPresent()) {
                r = r.withHalf(h.get().value());
            }
            if (f.isPresent()) {
                r = r.withFull(f.get().value());
            }
            return rename != null ? r.withName(rename.strip()) : r;
        })));
        Declaration d = e.after();
        String newPath = rename != null ? renamed(d, p, rename.strip()) : p;
        IndicatorTree.Node node = d.tree().resolveIndicator(newPath);
        Indicator i = d.tree().indicator(node.position());
        if (!e.changed()) {
            done(ctx, m.get("edit.unchanged", node.position() + " " + node.path(), d.revision()));
            return;
        }
        done(ctx, m.get("set.done", node.position(), node.path(), m.shown(i.half().text()), m.shown(i.full().text()),
                d.revision()));
        respelt(ctx, h.orElse(null), f.orElse(null));
        findings(ctx, d, node.path());
    }

    /** Says which typed values were stored in the form's spelling ({@code >=1000人次} as {@code ≥1000人次}). */
    private void respelt(CommandContext ctx, TypedValue... values) {
        for (TypedValue v : values) {
            if (v != null && v.respelt().isPresent()) {
                done(ctx, "  " + m.get("value.respelt", v.respelt().get(), v.value().text()));
            }
        }
    }

    /** The findings about the indicator just added, changed or moved (duplicates included), under the confirmation. */
    private void findings(CommandContext ctx, Declaration d, String path) {
        review.review(d, path::equals).forEach(line -> done(ctx, line));
    }

    private static String renamed(Declaration d, String oldPath, String newName) {
        int slash = oldPath.lastIndexOf('/');
        if (oldPath.matches("\\d+(\\.\\d+){2}")) {
            return oldPath;
        }
        return slash < 0 ? newName : oldPath.substring(0, slash + 1) + newName;
    }

    @Command(name = "rm", group = GROUP, completionProvider = "indicatorCompletion")
    public void rm(@Argument(index = 0) String path,
                   @Option(longName = "id") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        String[] removed = new String[1];
        Declaration d = workspace.edit(Optional.ofNullable(id), "删除 " + p, x -> {
            removed[0] = x.tree().resolveIndicator(p).path();
            return x.withTree(x.tree().remove(p));
        });
        done(ctx, m.get("rm.done", removed[0], d.revision()));
    }

    @Command(name = "mv", group = GROUP, completionProvider = "moveCompletion")
    public void mv(@Argument(index = 0) String path,
                   @Argument(index = 1) String target,
                   @Option(longName = "id") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        String t = require(target, "一级/二级");
        String[] from = new String[1];
        Workspace.Edited e = workspace.change(Optional.ofNullable(id), "移动 " + p + " → " + t, x -> {
            from[0] = x.tree().resolveIndicator(p).path();
            return x.withTree(x.tree().move(p, t));
        });
        Declaration d = e.after();
        String name = from[0].substring(from[0].lastIndexOf('/') + 1);
        IndicatorTree.Node node = d.tree().resolveIndicator(d.tree().resolveLevel2(t).path() + "/" + name);
        if (!e.changed()) {
            done(ctx, m.get("edit.unchanged", node.position() + " " + node.path(), d.revision()));
            return;
        }
        done(ctx, m.get("mv.done", from[0], node.position(), node.path(), d.revision()));
        findings(ctx, d, node.path());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void done(CommandContext ctx, String line) {
        ctx.outputWriter().println(line);
    }
}
