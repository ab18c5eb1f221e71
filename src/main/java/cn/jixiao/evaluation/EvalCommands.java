package cn.jixiao.evaluation;

import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.EvaluationRow;
import cn.jixiao.evaluation.model.Grade;
import cn.jixiao.evaluation.model.Shares;
import cn.jixiao.json.Json;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.shell.ExitCodes;
import cn.jixiao.shell.Console;
import cn.jixiao.shell.ExportFile;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Severity;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static cn.jixiao.shell.UsageException.require;

/** eval …: the self-evaluation (绩效自评) of the open declaration (or {@code --id N}). */
@Component
public class EvalCommands {
    private static final String GROUP = "绩效自评 Self-evaluation";

    private final EvaluationService evaluations;
    private final EvalView view;
    private final Messages m;
    private final Console console;

    public EvalCommands(EvaluationService evaluations, EvalView view, Messages messages,
                         Console console) {
        this.evaluations = evaluations;
        this.view = view;
        this.m = messages;
        this.console = console;
    }

    @Command(name = "eval start", group = GROUP, completionProvider = "declarationCompletion")
    public void start(@Option(longName = "executed") String executed,
                      @Option(longName = "from-monitoring") Boolean fromMonitoring,
                      @Option(longName = "id") Long id, CommandContext ctx) {
        EvaluationService.Started s = evaluations.start(Optional.ofNullable(id),
                Optional.ofNullable(executed).map(EvaluationService::amount), Boolean.TRUE.equals(fromMonitoring));
        var card = s.current().scorecard();
        print(ctx, m.get(s.created() ? "eval.start.done" : "eval.start.exists", view.title(s.current()),
                card.listed().size()));
        s.drafted().ifPresent(d -> print(ctx, m.get("monitor.eval-draft", d.asOf().toString(), d.rows())));
        print(ctx, view.weightSource(card));
        print(ctx, view.summary(card));
    }

    @Command(name = "eval set", group = GROUP, completionProvider = "evalRowCompletion")
    public void set(@Argument(index = 0) String path,
                    @Option(longName = "actual") String actual,
                    @Option(longName = "achieved") String achieved,
                    @Option(longName = "score") String score,
                    @Option(longName = "reason") String reason,
                    @Option(longName = "id") Long id, CommandContext ctx) {
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

    @Command(name = "eval executed", group = GROUP)
    public void executed(@Argument(index = 0) String amount,
                         @Option(longName = "id") Long id, CommandContext ctx) {
        String a = require(amount, "全年执行数").strip();
        Optional<BigDecimal> value = a.equals("-") ? Optional.empty() : Optional.of(EvaluationService.amount(a));
        var c = evaluations.setExecuted(Optional.ofNullable(id), value);
        c.scorecard().row(cn.jixiao.evaluation.model.Evaluation.EXECUTION)
                .ifPresentOrElse(r -> print(ctx, view.row(r, c.scorecard())), () -> print(ctx, view.summary(c.scorecard())));
    }

    @Command(name = "eval weights set", group = GROUP, completionProvider = "evalRowCompletion")
    public void weightsSet(@Argument(index = 0) String path,
                           @Argument(index = 1) String weight,
                           @Option(longName = "id") Long id, CommandContext ctx) {
        String p = require(path, "路径");
        String w = require(weight, "权重").strip();
        Optional<BigDecimal> value = w.equals("-") ? Optional.empty() : Optional.of(EvaluationService.number(w, "权重"));
        var c = evaluations.setWeight(Optional.ofNullable(id), p, value);
        EvaluationRow r = c.scorecard().row(EvaluationService.rowPath(c.declaration(), p)).orElseThrow();
        print(ctx, m.get("eval.weights.set.done", r.path(), EvalView.plain(r.weight()),
                EvalView.plain(c.scorecard().weightSum())));
    }

    @Command(name = "eval weights default", group = GROUP, completionProvider = "declarationCompletion")
    public void weightsDefault(@Option(longName = "id") Long id,
                               CommandContext ctx) {
        var c = evaluations.defaultWeights(Optional.ofNullable(id));
        view.weights(c.scorecard()).forEach(l -> print(ctx, l));
    }

    @Command(name = "eval weights show", group = GROUP, completionProvider = "declarationCompletion")
    public void weightsShow(@Option(longName = "id") Long id,
                            CommandContext ctx) {
        view.weights(evaluations.current(Optional.ofNullable(id)).scorecard()).forEach(l -> print(ctx, l));
    }

    @Command(name = "eval show", group = GROUP, completionProvider = "declarationCompletion")
    public void show(@Option(longName = "json") Boolean json,
                     @Option(longName = "id") Long id, CommandContext ctx) {
        var c = evaluations.current(Optional.ofNullable(id));
        if (Boolean.TRUE.equals(json)) {
            print(ctx, Json.pretty(EvaluationExport.json(c.declaration(), c.scorecard())));
            return;
        }
        view.show(c, evaluations.findings(c)).forEach(l -> print(ctx, l));
    }

    @Command(name = "eval check", group = GROUP, completionProvider = "declarationCompletion")
    public void check(@Option(longName = "id") Long id, CommandContext ctx) {
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

    @Command(name = "eval grade", group = GROUP)
    public void grade(@Argument(index = 0) String grade,
                      @Option(longName = "id") Long id, CommandContext ctx) {
        String g = require(grade, "等级").strip();
        Optional<Grade> value = g.equals("-") ? Optional.empty()
                : Optional.of(Grade.parse(g).orElseThrow(() -> new UsageException("eval.grade-bad", g)));
        var c = evaluations.setGrade(Optional.ofNullable(id), value);
        print(ctx, m.get(value.isPresent() ? "eval.grade.done" : "eval.grade.cleared",
                value.map(Grade::label).orElse(""), c.scorecard().total().toPlainString(), c.scorecard().grade().label()));
    }

    @Command(name = "eval shares", group = GROUP)
    public void shares(@Option(longName = "full") String full,
                       @Option(longName = "partial") String partial,
                       @Option(longName = "none") String none,
                       @Option(longName = "id") Long id, CommandContext ctx) {
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

    @Command(name = "eval export", group = GROUP, completionProvider = "fileCompletion")
    public void export(@Option(longName = "format") String format,
                       @Option(longName = "out", required = true) String out,
                       @Option(longName = "id") Long id,
                       @Option(longName = "force") Boolean force, CommandContext ctx) {
        ExportFile.record("eval", format, out, force, () -> evaluations.current(Optional.ofNullable(id)),
                c -> new ExportFile.Renderings(() -> EvaluationExport.markdown(c.declaration(), c.scorecard()),
                        () -> Json.pretty(EvaluationExport.json(c.declaration(), c.scorecard())),
                        () -> EvaluationExport.xlsx(c.declaration(), c.scorecard())), console, m, ctx)
                .ifPresent(c -> print(ctx, m.get("eval.export.done", Path.of(out), c.scorecard().rows().size(),
                        c.scorecard().total().toPlainString(), c.scorecard().grade().label())));
    }

    private static void print(CommandContext ctx, String line) {
        ctx.outputWriter().println(line);
    }
}
