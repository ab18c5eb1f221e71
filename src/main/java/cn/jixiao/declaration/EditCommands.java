package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static cn.jixiao.shell.UsageException.require;

/** Changing the open declaration (or {@code --id N}): header, funding, expense lines; undo. */
@Component
public class EditCommands {
    private static final String GROUP = "编辑 Editing";
    /** Where the validation rules report a 支出 line: {@code funding/支出/<name>}. */
    private static final String EXPENSE_PATH = "funding/支出/";

    private final Workspace workspace;
    private final EditReview review;
    private final Messages m;
    private final RevisionSummary summaries;

    public EditCommands(Workspace workspace, EditReview review, Messages messages, RevisionSummary summaries) {
        this.summaries = summaries;
        this.workspace = workspace;
        this.review = review;
        this.m = messages;
    }

    @Command(name = "header set", group = GROUP, completionProvider = "headerFieldCompletion")
    public void headerSet(@Argument(index = 0) String field,
                          @Argument(index = 1) String value,
                          @Option(longName = "id") Long id, CommandContext ctx) {
        HeaderField f = HeaderField.find(require(field, "字段")).orElseThrow(() -> new UsageException(
                "header.unknown-field", field, String.join("、",
                        Arrays.stream(HeaderField.values()).map(x -> x.id() + " " + x.label()).toList())));
        String v = value == null ? "" : value;
        Workspace.Edited e = workspace.change(Optional.ofNullable(id), "表头 " + f.label(), x -> f.set(x, v));
        Declaration d = e.after();
        if (!e.changed()) {
            done(ctx, m.get("edit.unchanged", m.get("label.header." + f.id()), d.revision()));
            return;
        }
        done(ctx, m.get("header.done", m.get("label.header." + f.id()), m.shown(f.get(d)), d.revision()));
    }

    @Command(name = "funding set", group = GROUP, completionProvider = "fundingSourceCompletion")
    public void fundingSet(@Argument(index = 0) String source,
                           @Argument(index = 1) String amount,
                           @Option(longName = "id") Long id, CommandContext ctx) {
        FundingSource s = FundingSource.find(require(source, "来源")).orElseThrow(() -> new UsageException(
                "funding.unknown-source", source, String.join("、",
                        Arrays.stream(FundingSource.values()).map(x -> x.id() + " " + x.label()).toList())));
        var value = Amounts.parse(require(amount, "金额"));
        Workspace.Edited e = workspace.change(Optional.ofNullable(id), "资金 " + s.label(),
                x -> x.withFunding(x.funding().withTotalsFollowing(s, value)));
        Declaration d = e.after();
        if (!e.changed()) {
            done(ctx, m.get("edit.unchanged", m.get("label.funding." + s.id()), d.revision()));
            return;
        }
        done(ctx, m.get("funding.done", m.get("label.funding." + s.id()), m.shown(Amounts.format(value)), d.revision()));
        for (FundingSource total : List.of(FundingSource.FISCAL, FundingSource.TOTAL)) {
            var was = e.before().funding().amount(total);
            var now = d.funding().amount(total);
            if (total != s && !Amounts.unlessSame(was, now).equals(was)) {
                done(ctx, "  " + (was.isEmpty() ? m.get("funding.followed-new", m.get("label.funding." + total.id()), m.shown(Amounts.format(now)))
                        : m.get("funding.followed", m.get("label.funding." + total.id()), m.shown(Amounts.format(now)), Amounts.format(was))));
            }
        }
        findings(ctx, d, p -> p.startsWith("funding/") && !p.startsWith(EXPENSE_PATH));
    }

    @Command(name = "expense add", group = GROUP)
    public void expenseAdd(@Argument(index = 0) String name,
                           @Option(longName = "half") String half,
                           @Option(longName = "full") String full,
                           @Option(longName = "id") Long id, CommandContext ctx) {
        Expense e = new Expense(require(name, "名称").strip(), Amounts.parse(orEmpty(half)),
                Amounts.parse(orEmpty(full)));
        Declaration d = workspace.edit(Optional.ofNullable(id), "支出 添加 " + e.name(),
                x -> x.withFunding(x.funding().addExpense(e)));
        done(ctx, m.get("expense.added", d.funding().expenses().size(), e.name(), m.shown(Amounts.format(e.half())),
                m.shown(Amounts.format(e.full())), d.revision()));
        findings(ctx, d, (EXPENSE_PATH + e.name())::equals);
    }

    @Command(name = "expense set", group = GROUP)
    public void expenseSet(@Argument(index = 0) String ref,
                           @Option(longName = "half") String half,
                           @Option(longName = "full") String full,
                           @Option(longName = "rename") String rename,
                           @Option(longName = "id") Long id, CommandContext ctx) {
        String r = require(ref, "名称|#序号");
        if (half == null && full == null && rename == null) {
            throw new UsageException("set.nothing");
        }
        int[] index = new int[1];
        Workspace.Edited edited = workspace.change(Optional.ofNullable(id), "支出 修改 " + r, x -> {
            index[0] = x.funding().expenseIndex(r);
            Expense e = x.funding().expenses().get(index[0]);
            if (half != null) {
                e = e.withHalf(Amounts.unlessSame(e.half(), Amounts.parse(half)));
            }
            if (full != null) {
                e = e.withFull(Amounts.unlessSame(e.full(), Amounts.parse(full)));
            }
            if (rename != null) {
                e = e.withName(rename.strip());
            }
            return x.withFunding(x.funding().setExpense(index[0], e));
        });
        Declaration d = edited.after();
        Expense e = d.funding().expenses().get(index[0]);
        if (!edited.changed()) {
            done(ctx, m.get("edit.unchanged", "#" + (index[0] + 1) + " " + e.name(), d.revision()));
            return;
        }
        done(ctx, m.get("expense.changed", index[0] + 1, e.name(), m.shown(Amounts.format(e.half())),
                m.shown(Amounts.format(e.full())), d.revision()));
        findings(ctx, d, (EXPENSE_PATH + e.name())::equals);
    }

    @Command(name = "expense rm", group = GROUP)
    public void expenseRm(@Argument(index = 0) String ref,
                          @Option(longName = "id") Long id, CommandContext ctx) {
        String r = require(ref, "名称|#序号");
        String[] name = new String[1];
        Declaration d = workspace.edit(Optional.ofNullable(id), "支出 删除 " + r, x -> {
            int i = x.funding().expenseIndex(r);
            name[0] = x.funding().expenses().get(i).name();
            return x.withFunding(x.funding().removeExpense(i));
        });
        done(ctx, m.get("expense.removed", name[0], d.revision()));
    }

    @Command(name = "undo", group = GROUP)
    public void undo(@Option(longName = "id") Long id, CommandContext ctx) {
        Workspace.Undone u = workspace.undo(Optional.ofNullable(id));
        done(ctx, m.get("undo.done", u.revision(), summaries.render(u.summary()), u.declaration().revision()));
    }

    /** The findings about what an edit touched, under its confirmation. */
    private void findings(CommandContext ctx, Declaration d, Predicate<String> touched) {
        review.review(d, touched).forEach(line -> done(ctx, line));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void done(CommandContext ctx, String line) {
        ctx.outputWriter().println(line);
    }
}
