package cn.jixiao.monitoring.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the officer recorded for one 三级 indicator: the actual value by the as-of date (1-6月完成值, same grammar as
 * targets), the expected year-end value (全年预计完成值, may be blank), 完成目标可能性, 偏差原因 and 纠偏措施.
 * {@code path} is the indicator's full 一级/二级/三级 path.
 */
public record MonitoringEntry(String path, String actual, String expected, Optional<Likelihood> likelihood,
                              String reason, String measure) {
    public MonitoringEntry {
        Objects.requireNonNull(path, "path");
        actual = actual == null ? "" : actual;
        expected = expected == null ? "" : expected;
        Objects.requireNonNull(likelihood, "likelihood");
        reason = reason == null ? "" : reason;
        measure = measure == null ? "" : measure;
    }

    public static MonitoringEntry empty(String path) {
        return new MonitoringEntry(path, "", "", Optional.empty(), "", "");
    }

    public MonitoringEntry withActual(String value) {
        return new MonitoringEntry(path, value, expected, likelihood, reason, measure);
    }

    public MonitoringEntry withExpected(String value) {
        return new MonitoringEntry(path, actual, value, likelihood, reason, measure);
    }

    public MonitoringEntry withLikelihood(Optional<Likelihood> value) {
        return new MonitoringEntry(path, actual, expected, value, reason, measure);
    }

    public MonitoringEntry withReason(String value) {
        return new MonitoringEntry(path, actual, expected, likelihood, value, measure);
    }

    public MonitoringEntry withMeasure(String value) {
        return new MonitoringEntry(path, actual, expected, likelihood, reason, value);
    }

    public boolean isEmpty() {
        return actual.isEmpty() && expected.isEmpty() && likelihood.isEmpty() && reason.isEmpty() && measure.isEmpty();
    }
}
