package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.DeclarationDiff;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.Text;
import cn.jixiao.shell.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Revisions: history, diff, revert, redo (undo is with the editing commands). */
@Component
public class HistoryCommands {
    private static final String GROUP = "编辑 Editing";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Workspace workspace;
    private final Messages m;
    private final RevisionSummary summaries;

    public HistoryCommands(Workspace workspace, Messages messages, RevisionSummary summaries) {
        this.workspace = workspace;
        this.m = messages;
        this.summaries = summaries;
    }

    @Command(name = "history", group = GROUP)
    public void history(@Option(longName = "id") Long id, CommandContext ctx) {
        Text.Table t = new Text.Table(4, 0);
        t.row(m.get("history.revision"), m.get("history.time"), m.get("history.author"), m.get("history.summary"));
        for (RevisionInfo r : workspace.history(Optional.ofNullable(id))) {
            t.row(String.valueOf(r.revision()), TIME.format(r.savedAt()), r.author(), summaries.render(r.summary()));
        }
        ctx.outputWriter().println(String.join("\n", t.lines()));
    }

    @Command(name = "diff", group = GROUP)
    public void diff(@Argument(index = 0) String from,
                     @Argument(index = 1) String to,
                     @Option(longName = "id") Long id, CommandContext ctx) {
        Optional<Long> target = Optional.ofNullable(id);
        Declaration a = workspace.revision(target, revision(UsageException.require(from, "版本")));
        Declaration b = to == null || to.isBlank() ? workspace.current(target) : workspace.revision(target, revision(to));
        List<String> out = new ArrayList<>();
        List<RevisionInfo> revisions = workspace.history(target);
        out.add(m.get("diff.title", a.revision(), b.revision(), author(revisions, a), author(revisions, b)));
        for (DeclarationDiff.Entry e : DeclarationDiff.between(a, b)) {
            out.add("  " + m.get("diff." + e.kind().name().toLowerCase(java.util.Locale.ROOT), e.path(),
                    e.before().strip(), e.after().strip()));
        }
        if (out.size() == 1) {
            out.add("  " + m.get("diff.none"));
        }
        ctx.outputWriter().println(String.join("\n", out));
    }

    @Command(name = "revert", group = GROUP)
    public void revert(@Argument(index = 0) String rev,
                       @Option(longName = "id") Long id, CommandContext ctx) {
        int r = revision(UsageException.require(rev, "版本"));
        Declaration d = workspace.revert(Optional.ofNullable(id), r);
        ctx.outputWriter().println(m.get("revert.done", r, d.revision()));
    }

    @Command(name = "redo", group = GROUP)
    public void redo(@Option(longName = "id") Long id, CommandContext ctx) {
        Workspace.Undone u = workspace.redo(Optional.ofNullable(id));
        ctx.outputWriter().println(m.get("redo.done", u.revision(), summaries.render(u.summary()), u.declaration().revision()));
    }

    private static String author(List<RevisionInfo> revisions, Declaration d) {
        return revisions.stream().filter(r -> r.revision() == d.revision()).map(RevisionInfo::author)
                .filter(a -> !a.isEmpty()).findFirst().orElse("—");
    }

    private static int revision(String text) {
        String t = text.strip().replaceFirst("^[#r]", "");
        if (!t.matches("\\d{1,9}")) {
            throw new UsageException("revision.bad", text);
        }
        return Integer.parseInt(t);
    }
}
