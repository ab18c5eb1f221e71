package cn.jixiao.validation.rules;

import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.MonitoringRule;
import cn.jixiao.validation.model.Rule;

import java.util.List;
import java.util.Optional;

/** Every rule, in the order {@code rules} lists them and findings are reported. */
public final class RuleCatalog {
    private static final List<Rule> ALL = List.of(
            new ValueMissing(), new ValueUnparseable(), new ValueSpelling(), new KindMismatch(), new UnitMismatch(),
            new ComparatorMismatch(), new ScheduleMisuse(), new PercentOutOfRange(),
            new HalfExceedsFull(),
            new FundingMissing(), new FundingTotalMismatch(), new FundingSubtotalMismatch(),
            new ExpenseTotalMismatch(), new ExpenseHalfExceedsFull(), new ExecutionRateVsPlan(),
            new Level1Missing(), new Level2Missing(), new SatisfactionMissing(), new OutputQuantityMissing(),
            new NoQuantitativeOutput(), new Level2Empty(), new MisplacedIndicator(), new DuplicateIndicator(),
            new CommonIndicatorMissing(), new HeaderRequiredBlank(),
            new RateNotNumeric(), new SatisfactionNotNumeric(), new VagueValue());

    /**
     * The rules over a self-evaluation (绩效自评): they need the evaluation, not only the declaration, so they are
     * kept apart from {@link #all()} (which runs on a declaration alone and has declaration fixtures); {@link #find}
     * and {@link #everyRule()} include them.
     */
    private static final List<EvaluationRule> EVALUATION = List.of(
            new EvalWeightsSum(), new EvalScoreCap(), new EvalDeviationReason(), new EvalGrade(),
            new EvalScoreOverride());

    /**
     * The rules over a mid-year monitoring record (绩效运行监控): like the evaluation rules they need the record, not
     * only the declaration; {@link #find} and {@link #everyRule()} include them.
     */
    private static final List<MonitoringRule> MONITORING = List.of(
            new MonitorExecutionBehind(), new MonitorBehindHalf(), new MonitorAtRiskReason(),
            new MonitorLikelihoodInconsistent());

    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rules over a self-evaluation (they need the evaluation, not only the declaration). */
    public static List<EvaluationRule> evaluationRules() {
        return EVALUATION;
    }

    /** The rules over a mid-year monitoring record (they need the record, not only the declaration). */
    public static List<MonitoringRule> monitoringRules() {
        return MONITORING;
    }

    /** The declaration rules, then the evaluation rules, then the monitoring rules: what {@code rules} lists. */
    public static List<Rule> everyRule() {
        List<Rule> out = new java.util.ArrayList<>(ALL);
        out.addAll(EVALUATION);
        out.addAll(MONITORING);
        return out;
    }

    public static Optional<Rule> find(String id) {
        return everyRule().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
