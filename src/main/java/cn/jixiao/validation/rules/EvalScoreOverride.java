package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.evaluation.EvaluationRow;
import cn.jixiao.evaluation.Scorecard;
import cn.jixiao.evaluation.Scorer;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.EvaluationRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Severity;

/** A score set by hand that departs from what the row's target and actual value give. */
public final class EvalScoreOverride extends BaseRule implements EvaluationRule {
    public EvalScoreOverride() {
        super("eval-score-override", Severity.WARNING, "evaluation");
    }

    @Override
    public void check(Declaration declaration, Scorecard scorecard, Findings findings) {
        for (EvaluationRow r : scorecard.rows()) {
            if (r.manual().isPresent() && r.computed().isPresent()
                    && r.manual().get().compareTo(r.computed().get()) != 0) {
                findings.add(this, r.path(), Scorer.plain(r.manual().get()), r.computed().get().toPlainString(),
                        r.reason().isBlank() ? "—" : r.reason());
            }
        }
    }
}
