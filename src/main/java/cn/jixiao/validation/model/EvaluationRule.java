package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Scorecard;

/**
 * A rule over a declaration's self-evaluation (绩效自评). It is in the catalogue like every rule (listed by
 * {@code rules}, explained by {@code explain}, its severity set the same way) but checks nothing on a declaration
 * alone: {@link EvaluationValidator} runs it when the declaration has an evaluation.
 */
public interface EvaluationRule extends Rule {
    @Override
    default String category() {
        return "evaluation";
    }

    @Override
    default void check(FlatView form, RuleContext context, Findings findings) {
        // needs the evaluation: see check(Declaration, Scorecard, Findings)
    }

    void check(Declaration declaration, Scorecard scorecard, Findings findings);
}
