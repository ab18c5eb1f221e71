package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.evaluation.Scorecard;
import cn.jixiao.evaluation.Scorer;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.EvaluationRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Severity;

import java.math.BigDecimal;

/** The weights of an evaluation sum to 100. */
public final class EvalWeightsSum extends BaseRule implements EvaluationRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public EvalWeightsSum() {
        super("eval-weights-sum", Severity.ERROR, "evaluation");
    }

    @Override
    public void check(Declaration declaration, Scorecard scorecard, Findings findings) {
        if (scorecard.weightSum().compareTo(HUNDRED) != 0) {
            findings.add(this, "权重", Scorer.plain(scorecard.weightSum()));
        }
    }
}
