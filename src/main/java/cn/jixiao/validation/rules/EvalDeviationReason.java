package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.evaluation.EvaluationRow;
import cn.jixiao.evaluation.Scorecard;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.EvaluationRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Severity;

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
