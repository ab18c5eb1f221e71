package cn.jixiao.shell;

import cn.jixiao.declaration.Amounts;
import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.Expense;
import cn.jixiao.declaration.FundingSource;
import cn.jixiao.declaration.HeaderField;
import cn.jixiao.indicator.Indicator;
import cn.jixiao.indicator.IndicatorTree;
import cn.jixiao.indicator.ValueGrammar;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

import static cn.jixiao.shell.DeclarationCommands.require;

/** Changing the open declaration (or {@code --id N}): indicators, header, funding, expense lines. */
@Component
public class EditCommands {
    private static final String GROUP = "编辑 Editing";

    private final Workspace workspace;
    private final Messages m;

    public EditCommands(Workspace workspace, Messages messages) {
        this.workspace = workspace;
        this.m = messages;
    }

    @Command(name = "add", group = GROUP, completionProvider = "level2Completion",
            description = "添加三级指标：add <一级/二级> <名称> --half 半年值 --full 全年值 [--id N]")
    public void add(@Argument(index = 0, description = "一级/二级") String parent,
                    @Argument(index = 1, description = "三级指标名称") String name,
                    @Option(longName = "half", description = "半年(程)指标值") String half,
                    @Option(longName = "full", description = "全年(程)指标值") String full,
                    @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        Indicator indicator = Indicator.of(require(name, "名称").strip(), orEmpty(half), orEmpty(full));
        String parentPath = require(parent, "一级/二级");
        Declaration d = workspace.edit(Optional.ofNullable(id), "添加 " + parentPath + "/" + indicator.name(),
                x -> x.withTree(x.tree().add(parentPath, indicator)));
        IndicatorTree.Node node = d.tree().resolve(d.tree().resolveLevel2(parentPath).path() + "/" + indicator.name());
        done(ctx, m.get("add.done", node.position(), node.path(), show(indicator.half().text()),
                show(indicator.full().text()), d.revision()));
    }

    @Command(name = "set", group = GROUP, completionProvider = "indicatorCompletion",
            description = "修改三级指标：set <路径> [--half 值] [--full 值] [--rename 新名称] [--id N]")
    public void set(@Argument(index = 0, description = "指标路径：一级/二级/三级、名称或位置 3.1.2") String path,
                    @Option(longName = "half", description = "半年(程)指标值") String half,
                    @Option(longName = "full", description = "全年(程)指标值") String full,
                    @Option(longName = "rename", description = "新名称") String rename,
                    @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        if (half == null && full == null && rename == null) {
            throw new UsageException("set.nothing");
        }
        Declaration d = workspace.edit(Optional.ofNullable(id), "修改 " + p, x -> x.withTree(x.tree().update(p, i -> {
            Indicator r = i;
            if (half != null) {
                r = r.withHalf(ValueGrammar.parse(half));
            }
            if (full != null) {
                r = r.withFull(ValueGrammar.parse(full));
            }
            return rename != null ? r.withName(rename.strip()) : r;
        })));
        String newPath = rename != null ? renamed(d, p, rename.strip()) : p;
        IndicatorTree.Node node = d.tree().resolveIndicator(newPath);
        Indicator i = d.tree().indicator(node.position());
        done(ctx, m.get("set.done", node.position(), node.path(), show(i.half().text()), show(i.full().text()),
                d.revision()));
    }

    private static String renamed(Declaration d, String oldPath, String newName) {
        int slash = oldPath.lastIndexOf('/');
        if (oldPath.matches("\\d+(\\.\\d+){2}")) {
            return oldPath;
        }
        return slash < 0 ? newName : oldPath.substring(0, slash + 1) + newName;
    }

    @Command(name = "rm", group = GROUP, completionProvider = "indicatorCompletion", description = "删除三级指标：rm <路径> [--id N]")
    public void rm(@Argument(index = 0, description = "指标路径") String path,
                   @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        String[] removed = new String[1];
        Declaration d = workspace.edit(Optional.ofNullable(id), "删除 " + p, x -> {
            removed[0] = x.tree().resolveIndicator(p).path();
            return x.withTree(x.tree().remove(p));
        });
        done(ctx, m.get("rm.done", removed[0], d.revision()));
    }

    @Command(name = "mv", group = GROUP, completionProvider = "moveCompletion", description = "移动三级指标到另一个二级：mv <路径> <一级/二级> [--id N]")
    public void mv(@Argument(index = 0, description = "指标路径") String path,
                   @Argument(index = 1, description = "目标 一级/二级") String target,
                   @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        String t = require(target, "一级/二级");
        String[] from = new String[1];
        Declaration d = workspace.edit(Optional.ofNullable(id), "移动 " + p + " → " + t, x -> {
            from[0] = x.tree().resolveIndicator(p).path();
            return x.withTree(x.tree().move(p, t));
        });
        String name = from[0].substring(from[0].lastIndexOf('/') + 1);
        IndicatorTree.Node node = d.tree().resolveIndicator(d.tree().resolveLevel2(t).path() + "/" + name);
        done(ctx, m.get("mv.done", from[0], node.position(), node.path(), d.revision()));
    }

    @Command(name = "header set", group = GROUP, completionProvider = "headerFieldCompletion",
            description = "修改表头或文字栏目：header set <字段> <内容> [--id N]（字段：name 项目名称、department 主管部门 …）")
    public void headerSet(@Argument(index = 0, description = "字段") String field,
                          @Argument(index = 1, description = "内容") String value,
                          @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        HeaderField f = HeaderField.find(require(field, "字段")).orElseThrow(() -> new UsageException(
                "header.unknown-field", field, String.join("、",
                        Arrays.stream(HeaderField.values()).map(x -> x.id() + " " + x.label()).toList())));
        String v = value == null ? "" : value;
        Declaration d = workspace.edit(Optional.ofNullable(id), "表头 " + f.label(), x -> f.set(x, v));
        done(ctx, m.get("header.done", f.label(), show(f.get(d)), d.revision()));
    }

    @Command(name = "funding set", group = GROUP, completionProvider = "fundingSourceCompletion",
            description = "填写收入金额（万元）：funding set <来源> <金额>，来源如 资金总额/total、一般公共预算资金 …；金额为 - 时清空")
    public void fundingSet(@Argument(index = 0, description = "来源") String source,
                           @Argument(index = 1, description = "金额（万元）") String amount,
                           @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        FundingSource s = FundingSource.find(require(source, "来源")).orElseThrow(() -> new UsageException(
                "funding.unknown-source", source, String.join("、",
                        Arrays.stream(FundingSource.values()).map(x -> x.id() + " " + x.label()).toList())));
        var value = Amounts.parse(require(amount, "金额"));
        Declaration d = workspace.edit(Optional.ofNullable(id), "资金 " + s.label(),
                x -> x.withFunding(x.funding().with(s, value)));
        done(ctx, m.get("funding.done", s.label(), show(Amounts.format(value)), d.revision()));
    }

    @Command(name = "expense add", group = GROUP,
            description = "添加支出明细：expense add <名称> [--half 半年计划执行数] [--full 全年预算数] [--id N]")
    public void expenseAdd(@Argument(index = 0, description = "支出名称") String name,
                           @Option(longName = "half", description = "半年(程)计划执行数（万元）") String half,
                           @Option(longName = "full", description = "全年(程)预算数（万元）") String full,
                           @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        Expense e = new Expense(require(name, "名称").strip(), Amounts.parse(orEmpty(half)),
                Amounts.parse(orEmpty(full)));
        Declaration d = workspace.edit(Optional.ofNullable(id), "支出 添加 " + e.name(),
                x -> x.withFunding(x.funding().addExpense(e)));
        done(ctx, m.get("expense.added", d.funding().expenses().size(), e.name(), show(Amounts.format(e.half())),
                show(Amounts.format(e.full())), d.revision()));
    }

    @Command(name = "expense set", group = GROUP,
            description = "修改支出明细：expense set <名称|#序号> [--half 金额] [--full 金额] [--rename 新名称] [--id N]")
    public void expenseSet(@Argument(index = 0, description = "名称或 #序号") String ref,
                           @Option(longName = "half", description = "半年(程)计划执行数（万元）") String half,
                           @Option(longName = "full", description = "全年(程)预算数（万元）") String full,
                           @Option(longName = "rename", description = "新名称") String rename,
                           @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        String r = require(ref, "名称|#序号");
        if (half == null && full == null && rename == null) {
            throw new UsageException("set.nothing");
        }
        int[] index = new int[1];
        Declaration d = workspace.edit(Optional.ofNullable(id), "支出 修改 " + r, x -> {
            index[0] = x.funding().expenseIndex(r);
            Expense e = x.funding().expenses().get(index[0]);
            if (half != null) {
                e = e.withHalf(Amounts.parse(half));
            }
            if (full != null) {
                e = e.withFull(Amounts.parse(full));
            }
            if (rename != null) {
                e = e.withName(rename.strip());
            }
            return x.withFunding(x.funding().setExpense(index[0], e));
        });
        Expense e = d.funding().expenses().get(index[0]);
        done(ctx, m.get("expense.changed", index[0] + 1, e.name(), show(Amounts.format(e.half())),
                show(Amounts.format(e.full())), d.revision()));
    }

    @Command(name = "expense rm", group = GROUP, description = "删除支出明细：expense rm <名称|#序号> [--id N]")
    public void expenseRm(@Argument(index = 0, description = "名称或 #序号") String ref,
                          @Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        String r = require(ref, "名称|#序号");
        String[] name = new String[1];
        Declaration d = workspace.edit(Optional.ofNullable(id), "支出 删除 " + r, x -> {
            int i = x.funding().expenseIndex(r);
            name[0] = x.funding().expenses().get(i).name();
            return x.withFunding(x.funding().removeExpense(i));
        });
        done(ctx, m.get("expense.removed", name[0], d.revision()));
    }

    @Command(name = "undo", group = GROUP, description = "撤销最近一次修改（保存为新版本；可连续撤销）：undo [--id N]")
    public void undo(@Option(longName = "id", description = "申报表 ID") Long id, CommandContext ctx) {
        Workspace.Undone u = workspace.undo(Optional.ofNullable(id));
        done(ctx, m.get("undo.done", u.revision(), u.summary(), u.declaration().revision()));
    }

    private String show(String value) {
        return value == null || value.isBlank() ? m.get("view.blank") : value.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void done(CommandContext ctx, String line) {
        ctx.outputWriter().println(line);
    }
}
