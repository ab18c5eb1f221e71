package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.evaluation.Grade;
import cn.jixiao.evaluation.Scorecard;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.EvaluationRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Severity;

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
