package cn.jixiao.monitoring.model;

import cn.jixiao.indicator.model.IndicatorKind;

import java.util.Optional;

/**
 * One 三级 indicator of the monitoring table: where it is, its 半年/全年 targets, the target the actual was compared
 * with ({@code compared}: the half-year value, or for 序时进度 the as-of share of the full-year value; empty when the
 * actual can't be compared), what was recorded, and the computed status. {@code behind}: the actual falls short of
 * {@code compared}; {@code farBehind}: by more than {@link Monitor#FAR_BEHIND_PERCENT}% of it; {@code expectedShort}:
 * the expected year-end value misses the full-year target. {@code actualFromExecution}: the actual is the execution
 * rate (预算执行率 not typed).
 */
public record MonitoringRow(String position, String path, IndicatorKind kind, String half, String full,
                            Optional<String> compared, String actual, boolean actualFromExecution, String expected,
                            RowStatus status, boolean behind, boolean farBehind, boolean expectedShort,
                            Optional<Likelihood> likelihood, String reason, String measure) {
    /** The 一级, 二级 and 三级 names. */
    public String[] levels() {
        String[] parts = path.split("/", 3);
        return parts.length == 3 ? parts : new String[] {"", "", path};
    }

    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
