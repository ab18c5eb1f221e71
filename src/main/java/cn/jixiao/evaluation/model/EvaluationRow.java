package cn.jixiao.evaluation.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One scored row: where it is ({@code position} like 3.1.2, "" for the 预算执行率 line), the full-year target and
 * the actual value as typed, the weight and where it came from, the score computed from target and actual,
 * the manual score if one was set, the score that counts (manual, else computed), whether the target was missed,
 * and the reason (偏差原因 or why the score was set by hand).
 */
public record EvaluationRow(String position, String path, String target, String actual,
                            Optional<Achievement> achievement, BigDecimal weight, WeightSource weightSource,
                            Optional<BigDecimal> computed, Optional<BigDecimal> manual, boolean missed,
                            String reason) {
    /** Where a row's weight comes from. */
    public enum WeightSource {
        /** Set for this row ({@code eval weights set}). */
        SET,
        /** Stated by the declaration's framework (the department-wide framework carries 权重). */
        FRAMEWORK,
        /** 财预〔2020〕10号: 产出 50, 效益 30, 满意度 10, 预算执行率 10, spread evenly inside each. */
        DEFAULT
    }

    /** The score that counts: the manual one when set, else the computed one. */
    public Optional<BigDecimal> score() {
        return manual.isPresent() ? manual : computed;
    }

    public boolean isExecutionLine() {
        return Evaluation.EXECUTION.equals(path);
    }

    /** The last segment of the path (the 三级 name). */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The 一级, 二级 and 三级 names ("" for the levels the 预算执行率 line lacks). */
    public String[] levels() {
        String[] parts = path.split("/", 3);
        return parts.length == 3 ? parts : new String[] {"", "", path};
    }
}
