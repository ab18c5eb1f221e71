package cn.jixiao.validation.model;

import cn.jixiao.evaluation.model.Scorecard;

/** A rule over a declaration's self-evaluation (绩效自评), run on its scorecard by {@link RecordValidator}. */
public interface EvaluationRule extends RecordRule<Scorecard> {
    @Override
    default String category() {
        return "evaluation";
    }
}
