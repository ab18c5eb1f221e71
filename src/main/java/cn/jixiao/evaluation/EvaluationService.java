package cn.jixiao.evaluation;

import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.evaluation.model.EvaluationEntry;
import cn.jixiao.evaluation.model.Grade;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.evaluation.model.Shares;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.model.DomainException;
import cn.jixiao.monitoring.MonitoringService;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.monitoring.model.MonitoringEntry;
import cn.jixiao.shell.UsageException;
import cn.jixiao.template.TemplateService;
import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateIndicator;
import cn.jixiao.validation.RecordChecks;
import cn.jixiao.validation.RuleSettings;
import cn.jixiao.validation.model.RecordValidator;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.rules.RuleCatalog;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Self-evaluations (绩效自评) of declarations: starting, entering actuals, weights and scores, scoring, checking. */
@Service
public class EvaluationService implements RecordChecks {
    /** What a command works on: the declaration, its evaluation, and the evaluation scored. */
    public record Current(Declaration declaration, Evaluation evaluation, Scorecard scorecard) {
    }

    private final Workspace workspace;
    private final EvaluationRepository evaluations;
    private final TemplateService templates;
    private final RuleSettings settings;
    private final MonitoringService monitoring;

    public EvaluationService(Workspace workspace, EvaluationRepository evaluations, TemplateService templates,
                             RuleSettings settings, MonitoringService monitoring) {
        this.workspace = workspace;
        this.evaluations = evaluations;
        this.templates = templates;
        this.settings = settings;
        this.monitoring = monitoring;
    }

    /**
     * Starts the evaluation of the target declaration (or returns the existing one); {@code created} says which.
     * {@code drafted}: the monitoring record it was drafted from, and how many rows that filled.
     */
    public record Started(Current current, boolean created, Optional<Drafted> drafted) {
    }

    /** What {@code eval start --from-monitoring} took from the monitoring record (as of {@code asOf}). */
    public record Drafted(java.time.LocalDate asOf, int rows) {
    }

    public Started start(Optional<Long> id, Optional<BigDecimal> executed) {
        return start(id, executed, false);
    }

    /**
     * As {@link #start(Optional, Optional)}; {@code fromMonitoring} drafts the rows from the declaration's monitoring
     * record: each 三级 indicator's expected year-end value (else its actual by the as-of date) and its 偏差原因, for
     * the rows that have nothing entered yet.
     */
    public Started start(Optional<Long> id, Optional<BigDecimal> executed, boolean fromMonitoring) {
        Declaration d = workspace.current(id);
        Optional<Monitoring> record = Optional.empty();
        if (fromMonitoring) {
            record = Optional.of(monitoring.find(d.id()).orElseThrow(() -> new UsageException("monitor.not-started", d.id())));
        }
        Optional<Evaluation> existing = evaluations.find(d.id());
        Evaluation e = existing.orElseGet(() -> Evaluation.start(d.id(), d.header().year()));
        if (executed.isPresent()) {
            e = e.withExecuted(executed);
        }
        int drafted = 0;
        for (MonitoringEntry m : record.map(Monitoring::entries).orElse(List.of())) {
            String value = !m.expected().isEmpty() ? m.expected() : m.actual();
            boolean inTree = d.tree().nodes().stream().anyMatch(n -> n.depth() == 3 && n.path().equals(m.path()));
            boolean untouched = e.entry(m.path()).map(EvaluationEntry::isEmpty).orElse(true);
            if (inTree && untouched && (!value.isEmpty() || !m.reason().isEmpty())) {
                e = e.update(m.path(), x -> x.withActual(value).withReason(m.reason()));
                drafted++;
            }
        }
        if (existing.isEmpty() || executed.isPresent() || drafted > 0) {
            evaluations.save(e);
        }
        int rows = drafted;
        return new Started(scored(d, e), existing.isEmpty(), record.map(r -> new Drafted(r.asOf(), rows)));
    }

    /** The target declaration with its evaluation, or "not started" (exit 2). */
    public Current current(Optional<Long> id) {
        Declaration d = workspace.current(id);
        Evaluation e = evaluations.find(d.id()).orElseThrow(() -> new DomainException("eval.not-started", d.id()));
        return scored(d, e);
    }

    /** The evaluation findings of {@code d}, when it has an evaluation (for {@code validate}). */
    @Override
    public List<Finding> findings(Declaration d) {
        return evaluations.find(d.id()).map(e -> findings(scored(d, e))).orElse(List.of());
    }

    public List<Finding> findings(Current c) {
        return new RecordValidator<>(RuleCatalog.evaluationRules(), settings.overrides()).validate(c.declaration(), c.scorecard());
    }

    public Current scored(Declaration d, Evaluation e) {
        return new Current(d, e, Scorer.score(d, e, frameworkWeights(d)));
    }

    /** The weights the declaration's framework states, by path, 三级 name and alias (empty when it states none). */
    public Map<String, BigDecimal> frameworkWeights(Declaration d) {
        Map<String, BigDecimal> out = new HashMap<>();
        try {
            Optional<Template> t = templates.catalog().find(d.frameworkId()).filter(Template::isFramework);
            for (TemplateIndicator i : t.map(Template::indicators).orElse(List.of())) {
                if (i.weight().isPresent()) {
                    out.put(i.path(), i.weight().get());
                    out.putIfAbsent(i.name(), i.weight().get());
                    i.aliases().forEach(a -> out.putIfAbsent(a, i.weight().get()));
                }
            }
        } catch (RuntimeException unreadableCatalogue) {
            return Map.of();
        }
        return out;
    }

    /** The full path of the row {@code path} names: a 三级 indicator, or the 预算执行率 line. */
    public static String rowPath(Declaration d, String path) {
        String p = path.strip();
        if (isExecutionLine(p)) {
            return Evaluation.EXECUTION;
        }
        return d.tree().resolveIndicator(p).path();
    }

    static boolean isExecutionLine(String p) {
        String l = p.toLowerCase(Locale.ROOT);
        return l.equals("execution") || p.equals(Evaluation.EXECUTION) || p.equals("预算执行率行");
    }

    /** What {@code eval set} changes on one row. */
    public record RowChange(Optional<String> actual, Optional<Achievement> achieved, Optional<BigDecimal> score,
                            Optional<String> reason, boolean clearScore) {
    }

    public Current set(Optional<Long> id, String path, RowChange change) {
        Current c = current(id);
        String row = rowPath(c.declaration(), path);
        Evaluation e = c.evaluation().update(row, x -> {
            var r = x;
            if (change.actual().isPresent()) {
                r = r.withActual(change.actual().get());
            }
            if (change.achieved().isPresent()) {
                r = r.withAchievement(change.achieved());
            } else if (change.actual().isPresent()) {
                r = r.withAchievement(Optional.empty()); // a new actual value replaces an earlier judgement
            }
            if (change.score().isPresent()) {
                r = r.withScore(change.score());
            } else if (change.clearScore()) {
                r = r.withScore(Optional.empty());
            }
            if (change.reason().isPresent()) {
                r = r.withReason(change.reason().get());
            }
            return r;
        });
        return save(c.declaration(), e);
    }

    public Current setExecuted(Optional<Long> id, Optional<BigDecimal> executed) {
        Current c = current(id);
        return save(c.declaration(), c.evaluation().withExecuted(executed));
    }

    public Current setWeight(Optional<Long> id, String path, Optional<BigDecimal> weight) {
        Current c = current(id);
        String row = rowPath(c.declaration(), path);
        return save(c.declaration(), c.evaluation().update(row, x -> x.withWeight(weight)));
    }

    public Current defaultWeights(Optional<Long> id) {
        Current c = current(id);
        return save(c.declaration(), c.evaluation().withoutWeights());
    }

    public Current setGrade(Optional<Long> id, Optional<Grade> grade) {
        Current c = current(id);
        return save(c.declaration(), c.evaluation().withStatedGrade(grade));
    }

    public Current setShares(Optional<Long> id, UnaryOperator<Shares> change) {
        Current c = current(id);
        return save(c.declaration(), c.evaluation().withShares(change.apply(c.evaluation().shares())));
    }

    public boolean delete(Optional<Long> id) {
        return evaluations.delete(workspace.current(id).id());
    }

    private Current save(Declaration d, Evaluation e) {
        evaluations.save(e);
        return scored(d, e);
    }

    // ---- parsing what the user typed --------------------------------------------------------------------

    /** A weight, score or share: a non-negative decimal ("4", "3.6", full-width digits). */
    public static BigDecimal number(String text, String what) {
        try {
            return Amounts.parse(text).orElseThrow(() -> new UsageException("eval.number-bad", what, text));
        } catch (DomainException e) {
            if (e instanceof UsageException) {
                throw e;
            }
            throw new UsageException("eval.number-bad", what, text);
        }
    }

    /** A 全年执行数 in 万元. */
    public static BigDecimal amount(String text) {
        return number(text, "全年执行数");
    }

    /** An actual value: any non-empty text in the value grammar (序时进度 is a half-year word, not an actual). */
    public static String actual(String text) {
        IndicatorValue v = ValueGrammar.parse(text == null ? "" : text);
        if (v.isBlank()) {
            throw new UsageException("eval.actual-empty");
        }
        if (v instanceof IndicatorValue.Schedule) {
            throw new UsageException("eval.actual-schedule", text);
        }
        return v.text();
    }
}
