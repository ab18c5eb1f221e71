package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Grade;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.Severity;

/** The grade the report states is the one its total gives (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below). */
public final class EvalGrade extends BaseRule implements EvaluationRule {
    public EvalGrade() {
        super("eval-grade", Severity.ERROR, "evaluation");
    }

    @Override
    public void check(Declaration declaration, Scorecard scorecard, Findings findings) {
        scorecard.evaluation().statedGrade().filter(g -> g != scorecard.grade()).ifPresent((Grade g) ->
                findings.add(this, "等级", g.label(), scorecard.total().toPlainString(), scorecard.grade().label()));
    }
}
