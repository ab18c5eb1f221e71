package cn.jixiao.validation;

import cn.jixiao.validation.rules.CommonIndicatorMissing;
import cn.jixiao.validation.rules.ComparatorMismatch;
import cn.jixiao.validation.rules.DuplicateIndicator;
import cn.jixiao.validation.rules.EvalDeviationReason;
import cn.jixiao.validation.rules.EvalGrade;
import cn.jixiao.validation.rules.EvalScoreCap;
import cn.jixiao.validation.rules.EvalScoreOverride;
import cn.jixiao.validation.rules.EvalWeightsSum;
import cn.jixiao.validation.rules.ExecutionRateVsPlan;
import cn.jixiao.validation.rules.ExpenseHalfExceedsFull;
import cn.jixiao.validation.rules.ExpenseTotalMismatch;
import cn.jixiao.validation.rules.FundingMissing;
import cn.jixiao.validation.rules.FundingSubtotalMismatch;
import cn.jixiao.validation.rules.FundingTotalMismatch;
import cn.jixiao.validation.rules.HalfExceedsFull;
import cn.jixiao.validation.rules.KindMismatch;
import cn.jixiao.validation.rules.Level1Missing;
import cn.jixiao.validation.rules.Level2Empty;
import cn.jixiao.validation.rules.Level2Missing;
import cn.jixiao.validation.rules.MisplacedIndicator;
import cn.jixiao.validation.rules.NoQuantitativeOutput;
import cn.jixiao.validation.rules.OutputQuantityMissing;
import cn.jixiao.validation.rules.PercentOutOfRange;
import cn.jixiao.validation.rules.RateNotNumeric;
import cn.jixiao.validation.rules.SatisfactionMissing;
import cn.jixiao.validation.rules.SatisfactionNotNumeric;
import cn.jixiao.validation.rules.ScheduleMisuse;
import cn.jixiao.validation.rules.UnitMismatch;
import cn.jixiao.validation.rules.VagueValue;
import cn.jixiao.validation.rules.ValueMissing;
import cn.jixiao.validation.rules.ValueSpelling;
import cn.jixiao.validation.rules.ValueUnparseable;

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
            new CommonIndicatorMissing(),
            new RateNotNumeric(), new SatisfactionNotNumeric(), new VagueValue());

    /**
     * The rules over a self-evaluation (绩效自评): they need the evaluation, not only the declaration, so they are
     * kept apart from {@link #all()} (which runs on a declaration alone and has declaration fixtures); {@link #find}
     * and {@link #everyRule()} include them.
     */
    private static final List<EvaluationRule> EVALUATION = List.of(
            new EvalWeightsSum(), new EvalScoreCap(), new EvalDeviationReason(), new EvalGrade(),
            new EvalScoreOverride());

    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rules over a self-evaluation (they need the evaluation, not only the declaration). */
    public static List<EvaluationRule> evaluationRules() {
        return EVALUATION;
    }

    /** The declaration rules, then the evaluation rules: what {@code rules} lists. */
    public static List<Rule> everyRule() {
        List<Rule> out = new java.util.ArrayList<>(ALL);
        out.addAll(EVALUATION);
        return out;
    }

    public static Optional<Rule> find(String id) {
        return everyRule().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
