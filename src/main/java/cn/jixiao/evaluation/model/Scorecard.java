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

    /** Rows that carry weight but have neither an actual value nor a score yet. */
    public long unscored() {
        return listed().stream().filter(r -> r.weight().signum() != 0 && r.score().isEmpty()).count();
    }

    /**
     * The rows a 自评表 lists: the 预算执行率 line, the rows that carry weight, and the rows weighted 0 (决策 and 过程
     * by default) that were entered anyway (an actual, a judgement, a score or a reason). A row weighted 0 with
     * nothing entered adds nothing to the total and is left out ({@link #unlisted()} counts them).
     */
    public List<EvaluationRow> listed() {
        return rows.stream().filter(this::isListed).toList();
    }

    /** How many rows weighted 0 with nothing entered {@link #listed()} leaves out. */
    public int unlisted() {
        return rows.size() - listed().size();
    }

    private boolean isListed(EvaluationRow r) {
        return r.isExecutionLine() || r.weight().signum() != 0
                || evaluation.entry(r.path()).map(e -> !e.isEmpty() && !isWeightOnly(e)).orElse(false);
    }

    /** An entry that only sets the weight (to 0): nothing entered about the row itself. */
    private static boolean isWeightOnly(EvaluationEntry e) {
        return e.actual().isEmpty() && e.achievement().isEmpty() && e.score().isEmpty() && e.reason().isBlank();
    }
}
