package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.EvaluationRow;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.Severity;

import java.math.BigDecimal;

/** A score lies between 0 and the row's weight (0 is allowed). */
public final class EvalScoreCap extends BaseRule implements EvaluationRule {
    public EvalScoreCap() {
        super("eval-score-cap", Severity.ERROR, "evaluation");
    }

    @Override
    public void check(Declaration declaration, Scorecard scorecard, Findings findings) {
        for (EvaluationRow r : scorecard.rows()) {
            if (r.score().isEmpty()) {
                continue;
            }
            BigDecimal s = r.score().get();
            if (s.signum() < 0) {
                findings.add(this, Severity.ERROR, r.path(), "negative", Scorer.plain(s));
            } else if (s.compareTo(r.weight()) > 0) {
                findings.add(this, r.path(), Scorer.plain(s), Scorer.plain(r.weight()));
            }
        }
    }
}
