package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.EvaluationRow;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.Severity;

/** A row whose target was missed states why (偏差原因). */
public final class EvalDeviationReason extends BaseRule implements EvaluationRule {
    public EvalDeviationReason() {
        super("eval-deviation-reason", Severity.WARNING, "evaluation");
    }

    @Override
    public void check(Declaration declaration, Scorecard scorecard, Findings findings) {
        for (EvaluationRow r : scorecard.rows()) {
            if (r.missed() && r.reason().isBlank()) {
                findings.add(this, r.path(), r.target(), r.achievement().map(a -> a.label()).orElse(r.actual()));
            }
        }
    }
}
