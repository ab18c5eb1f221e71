package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.Severity;

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
