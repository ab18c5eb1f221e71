package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.EvaluationRow;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.Severity;

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
