package cn.jixiao.evaluation.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The self-evaluation (绩效自评) of one declaration, for the declaration's year: what the user entered per row,
 * the 全年执行数 (for the 预算执行率 line), the grade the report states (if any) and the qualitative shares.
 * Scores are not stored: {@link Scorer} computes them from this and the declaration.
 */
public record Evaluation(long declarationId, int year, Optional<BigDecimal> executed, Optional<Grade> statedGrade,
                         Shares shares, List<EvaluationEntry> entries) {
    /** The path of the 预算执行率 line (全年执行数 ÷ 全年预算数), which is not a 三级 indicator of the tree. */
    public static final String EXECUTION = "全年预算执行率";

    public Evaluation {
        Objects.requireNonNull(executed, "executed");
        Objects.requireNonNull(statedGrade, "statedGrade");
        Objects.requireNonNull(shares, "shares");
        entries = List.copyOf(entries);
    }

    public static Evaluation start(long declarationId, int year) {
        return new Evaluation(declarationId, year, Optional.empty(), Optional.empty(), Shares.DEFAULT, List.of());
    }

    public Optional<EvaluationEntry> entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** The entry at {@code path} changed by {@code change} (created when missing, dropped when left empty). */
    public Evaluation update(String path, java.util.function.UnaryOperator<EvaluationEntry> change) {
        Map<String, EvaluationEntry> byPath = new LinkedHashMap<>();
        entries.forEach(e -> byPath.put(e.path(), e));
        EvaluationEntry changed = change.apply(byPath.getOrDefault(path, EvaluationEntry.empty(path)));
        if (changed.isEmpty()) {
            byPath.remove(path);
        } else {
            byPath.put(path, changed);
        }
        return withEntries(new ArrayList<>(byPath.values()));
    }

    public Evaluation withEntries(List<EvaluationEntry> list) {
        return new Evaluation(declarationId, year, executed, statedGrade, shares, list);
    }

    public Evaluation withExecuted(Optional<BigDecimal> value) {
        return new Evaluation(declarationId, year, value, statedGrade, shares, entries);
    }

    public Evaluation withStatedGrade(Optional<Grade> value) {
        return new Evaluation(declarationId, year, executed, value, shares, entries);
    }

    public Evaluation withShares(Shares value) {
        return new Evaluation(declarationId, year, executed, statedGrade, value, entries);
    }

    /** Every entry with its weight cleared (`eval weights default`). */
    public Evaluation withoutWeights() {
        List<EvaluationEntry> list = new ArrayList<>();
        for (EvaluationEntry e : entries) {
            EvaluationEntry cleared = e.withWeight(Optional.empty());
            if (!cleared.isEmpty()) {
                list.add(cleared);
            }
        }
        return withEntries(list);
    }
}
