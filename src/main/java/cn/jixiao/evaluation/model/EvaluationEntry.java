package cn.jixiao.evaluation.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user entered for one row of an evaluation: the actual value (完成情况, as typed), a qualitative
 * achievement level, a weight that replaces the default, a manual score, and the reason (偏差原因, or why the
 * score was set by hand). {@code path} is the indicator's full 一级/二级/三级 path, or
 * {@link Evaluation#EXECUTION} for the 预算执行率 line.
 */
public record EvaluationEntry(String path, String actual, Optional<Achievement> achievement,
                              Optional<BigDecimal> weight, Optional<BigDecimal> score, String reason) {
    public EvaluationEntry {
        Objects.requireNonNull(path, "path");
        actual = actual == null ? "" : actual;
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        reason = reason == null ? "" : reason;
    }

    public static EvaluationEntry empty(String path) {
        return new EvaluationEntry(path, "", Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    public EvaluationEntry withActual(String value) {
        return new EvaluationEntry(path, value, achievement, weight, score, reason);
    }

    public EvaluationEntry withAchievement(Optional<Achievement> value) {
        return new EvaluationEntry(path, actual, value, weight, score, reason);
    }

    public EvaluationEntry withWeight(Optional<BigDecimal> value) {
        return new EvaluationEntry(path, actual, achievement, value, score, reason);
    }

    public EvaluationEntry withScore(Optional<BigDecimal> value) {
        return new EvaluationEntry(path, actual, achievement, weight, value, reason);
    }

    public EvaluationEntry withReason(String value) {
        return new EvaluationEntry(path, actual, achievement, weight, score, value);
    }

    public EvaluationEntry withPath(String value) {
        return new EvaluationEntry(value, actual, achievement, weight, score, reason);
    }

    public boolean isEmpty() {
        return actual.isEmpty() && achievement.isEmpty() && weight.isEmpty() && score.isEmpty() && reason.isEmpty();
    }
}
