package cn.jixiao.evaluation;

import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.EvaluationRow;
import cn.jixiao.evaluation.model.Grade;
import cn.jixiao.evaluation.model.Shares;
import cn.jixiao.json.Json;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.shell.ExitCodes;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Severity;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static cn.jixiao.shell.UsageException.require;

/** eval …: the self-evaluation (绩效自评) of the open declaration (or {@code --id N}). */
@Component
public class EvalCommands {
    private static final String GROUP = "绩效自评 Self-evaluation";

    private final EvaluationService evaluations;
    private final EvalView view;
    private final Messages m;

    public EvalCommands(EvaluationService evaluations, EvalView view, Messages messages) {
        this.evaluations = evaluations;
        this.view = view;
        this.m = messages;
    }

    @Command(name = "eval start", group = GROUP, completionProvider = "declarationCompletion",
            description = "开始（或继续）申报表的绩效自评：eval start [--executed 全年执行数] [--id N]")
    public void start(@Option(longName = "executed", description = "全年执行数（万元），用于预算执行率") String executed,
                      @Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        EvaluationService.Started s = evaluations.start(Optional.ofNullable(id),
                Optional.ofNullable(executed).map(EvaluationService::amount));
        var card = s.current().scorecard();
        print(ctx, m.get(s.created() ? "eval.start.done" : "eval.start.exists", view.title(s.current()),
                card.rows().size()));
        print(ctx, view.weightSource(card));
        print(ctx, view.summary(card));
    }

    @Command(name = "eval set", group = GROUP, completionProvider = "evalRowCompletion",
            description = "填写一行的完成情况：eval set <路径> [--actual 实际值] [--achieved full|partial|none] [--score 得分 --reason 理由] [--reason 偏差原因] [--id N]")
    public void set(@Argument(index = 0, description = "指标路径（或 全年预算执行率）") String path,
                    @Option(longName = "actual", description = "实际完成值，写法同指标值") String actual,
                    @Option(longName = "achieved", description = "定性指标：full 达成 / partial 部分达成 / none 未达成") String achieved,
                    @Option(longName = "score", description = "人工给定得分（须同时写 --reason）；- 取消") String score,
                    @Option(longName = "reason", description = "偏差原因，或人工给分的理由") String reason,
                    @Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        if (actual == null && achieved == null && score == null && reason == null) {
            throw new UsageException("eval.set.nothing");
        }
        boolean clearScore = score != null && (score.strip().equals("-") || score.strip().equals("—"));
        Optional<BigDecimal> s = score == null || clearScore ? Optional.empty()
                : Optional.of(EvaluationService.number(score, "得分"));
        if (s.isPresent() && (reason == null || reason.isBlank())) {
            throw new UsageException("eval.score-needs-reason");
        }
        Optional<Achievement> a = achieved == null ? Optional.empty()
                : Optional.of(Achievement.parse(achieved).orElseThrow(() -> new UsageException("eval.achieved-bad", achieved)));
        var c = evaluations.set(Optional.ofNullable(id), p, new EvaluationService.RowChange(
                Optional.ofNullable(actual).map(EvaluationService::actual), a, s,
                Optional.ofNullable(reason).map(String::strip), clearScore));
        String row = EvaluationService.rowPath(c.declaration(), p);
        EvaluationRow r = c.scorecard().row(row).orElseThrow();
        print(ctx, view.row(r, c.scorecard()));
        if (r.computed().isEmpty() && r.manual().isEmpty() && !r.actual().isEmpty()) {
            print(ctx, m.get("eval.set.needs-achieved", r.path()));
        }
        List<Finding> findings = evaluations.findings(c).stream()
                .filter(f -> f.path().equals(row) && !f.rule().equals("eval-weights-sum")).toList();
        view.findings(findings).forEach(l -> print(ctx, l));
    }

    @Command(name = "eval executed", group = GROUP,
            description = "填写全年执行数（万元），预算执行率 = 全年执行数 ÷ 全年预算数：eval executed <金额|-> [--id N]")
    public void executed(@Argument(index = 0, description = "全年执行数（万元）；- 清除") String amount,
                         @Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        String a = require(amount, "全年执行数").strip();
        Optional<BigDecimal> value = a.equals("-") ? Optional.empty() : Optional.of(EvaluationService.amount(a));
        var c = evaluations.setExecuted(Optional.ofNullable(id), value);
        c.scorecard().row(cn.jixiao.evaluation.model.Evaluation.EXECUTION)
                .ifPresentOrElse(r -> print(ctx, view.row(r, c.scorecard())), () -> print(ctx, view.summary(c.scorecard())));
    }

    @Command(name = "eval weights set", group = GROUP, completionProvider = "evalRowCompletion",
            description = "设一行的权重（分值）：eval weights set <路径> <权重|-> [--id N]；- 恢复默认")
    public void weightsSet(@Argument(index = 0, description = "指标路径（或 全年预算执行率）") String path,
                           @Argument(index = 1, description = "权重；- 恢复默认") String weight,
                           @Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        String w = require(weight, "权重").strip();
        Optional<BigDecimal> value = w.equals("-") ? Optional.empty() : Optional.of(EvaluationService.number(w, "权重"));
        var c = evaluations.setWeight(Optional.ofNullable(id), p, value);
        EvaluationRow r = c.scorecard().row(EvaluationService.rowPath(c.declaration(), p)).orElseThrow();
        print(ctx, m.get("eval.weights.set.done", r.path(), EvalView.plain(r.weight()),
                EvalView.plain(c.scorecard().weightSum())));
    }

    @Command(name = "eval weights default", group = GROUP, completionProvider = "declarationCompletion",
            description = "清除逐行设定的权重，恢复框架权重或财预〔2020〕10号默认权重：eval weights default [--id N]")
    public void weightsDefault(@Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id,
                               CommandContext ctx) {
        var c = evaluations.defaultWeights(Optional.ofNullable(id));
        view.weights(c.scorecard()).forEach(l -> print(ctx, l));
    }

    @Command(name = "eval weights show", group = GROUP, completionProvider = "declarationCompletion",
            description = "显示每行的权重及其来源：eval weights show [--id N]")
    public void weightsShow(@Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id,
                            CommandContext ctx) {
        view.weights(evaluations.current(Optional.ofNullable(id)).scorecard()).forEach(l -> print(ctx, l));
    }

    @Command(name = "eval show", group = GROUP, completionProvider = "declarationCompletion",
            description = "显示自评表：每行指标值、实际值、权重、得分、偏差原因，总分与等级：eval show [--json] [--id N]")
    public void show(@Option(longName = "json", description = "输出 JSON") Boolean json,
                     @Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        var c = evaluations.current(Optional.ofNullable(id));
        if (Boolean.TRUE.equals(json)) {
            print(ctx, Json.pretty(EvaluationExport.json(c.declaration(), c.scorecard())));
            return;
        }
        view.show(c, evaluations.findings(c)).forEach(l -> print(ctx, l));
    }

    @Command(name = "eval check", group = GROUP, completionProvider = "declarationCompletion",
            description = "按 eval-* 规则检查自评（权重合计、得分上限、偏差原因、等级）：eval check [--id N]；有错误时退出码为 1")
    public void check(@Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        var c = evaluations.current(Optional.ofNullable(id));
        List<Finding> findings = evaluations.findings(c);
        print(ctx, view.title(c));
        if (findings.isEmpty()) {
            print(ctx, "  " + m.get("validate.clean"));
        }
        view.findings(findings).forEach(l -> print(ctx, "  " + l));
        print(ctx, view.summary(c.scorecard()));
        ctx.outputWriter().flush();
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            throw new CommandFailedException(ExitCodes.FINDINGS, "");
        }
    }

    @Command(name = "eval grade", group = GROUP,
            description = "记录报告所写的等级，供 eval-grade 核对：eval grade <优|良|中|差|-> [--id N]")
    public void grade(@Argument(index = 0, description = "优、良、中、差；- 清除") String grade,
                      @Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        String g = require(grade, "等级").strip();
        Optional<Grade> value = g.equals("-") ? Optional.empty()
                : Optional.of(Grade.parse(g).orElseThrow(() -> new UsageException("eval.grade-bad", g)));
        var c = evaluations.setGrade(Optional.ofNullable(id), value);
        print(ctx, m.get(value.isPresent() ? "eval.grade.done" : "eval.grade.cleared",
                value.map(Grade::label).orElse(""), c.scorecard().total().toPlainString(), c.scorecard().grade().label()));
    }

    @Command(name = "eval shares", group = GROUP,
            description = "定性指标达成、部分达成、未达成所得的权重百分比（默认 100/80/0）：eval shares [--full P] [--partial P] [--none P] [--id N]")
    public void shares(@Option(longName = "full", description = "达成：权重的百分之几") String full,
                       @Option(longName = "partial", description = "部分达成：权重的百分之几") String partial,
                       @Option(longName = "none", description = "未达成：权重的百分之几") String none,
                       @Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        var c = evaluations.setShares(Optional.ofNullable(id), s -> {
            try {
                return new Shares(full == null ? s.full() : EvaluationService.number(full, "--full"),
                        partial == null ? s.partial() : EvaluationService.number(partial, "--partial"),
                        none == null ? s.none() : EvaluationService.number(none, "--none"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("eval.shares-bad");
            }
        });
        Shares s = c.evaluation().shares();
        print(ctx, m.get("eval.shares.done", EvalView.plain(s.full()), EvalView.plain(s.partial()),
                EvalView.plain(s.none())));
        print(ctx, view.summary(c.scorecard()));
    }

    @Command(name = "eval export", group = GROUP, completionProvider = "fileCompletion",
            description = "导出自评表（一级/二级/三级、指标值、实际完成值、分值、得分、偏差原因）：eval export --format md|xlsx|json --out 文件 [--id N]")
    public void export(@Option(longName = "format", description = "md、xlsx 或 json（默认按文件扩展名）") String format,
                       @Option(longName = "out", required = true, description = "输出文件") String out,
                       @Option(longName = "id", description = "申报表 ID（默认：已打开的）") Long id, CommandContext ctx) {
        Path file = Path.of(require(out, "--out"));
        String f = format != null ? format.strip().toLowerCase(Locale.ROOT) : extension(file);
        var c = evaluations.current(Optional.ofNullable(id));
        byte[] bytes = switch (f) {
            case "md", "markdown" -> EvaluationExport.markdown(c.declaration(), c.scorecard()).getBytes(StandardCharsets.UTF_8);
            case "json" -> (Json.pretty(EvaluationExport.json(c.declaration(), c.scorecard())) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            case "xlsx" -> EvaluationExport.xlsx(c.declaration(), c.scorecard());
            default -> throw new UsageException("eval.export.format", f);
        };
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UsageException("eval.export.write", file, cn.jixiao.model.IoReason.of(e));
        }
        print(ctx, m.get("eval.export.done", file, c.scorecard().rows().size(), c.scorecard().total().toPlainString(),
                c.scorecard().grade().label()));
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void print(CommandContext ctx, String line) {
        ctx.outputWriter().println(line);
    }
}
