package cn.jixiao.evaluation.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scored evaluation: its rows in form order (the 预算执行率 line first when there is one), the sum of the
 * weights, the total of the scores, and the grade the total gives. {@code budget} is the 全年预算数 the execution
 * rate divides by.
 */
public record Scorecard(Evaluation evaluation, List<EvaluationRow> rows, BigDecimal weightSum, BigDecimal total,
                        Grade grade, Optional<BigDecimal> budget, boolean frameworkWeights) {
    public Scorecard {
        rows = List.copyOf(rows);
    }

    public Optional<EvaluationRow> row(String path) {
        return rows.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    /** Rows that have neither an actual value nor a score yet. */
    public long unscored() {
        return rows.stream().filter(r -> r.score().isEmpty()).count();
    }
}
