package cn.jixiao.monitoring.model;

/** A monitoring row's status, computed from what was recorded (never typed). */
public enum RowStatus {
    /** The actual reaches the half-year (or 序时进度) target and nothing says the year is at risk. */
    ON_TRACK("on-track"),
    /** The actual falls short of the half-year target. */
    BEHIND("behind"),
    /** The expected year-end value misses the full-year target, or the officer judges it 不可能. */
    AT_RISK("at-risk"),
    /** Nothing recorded yet. */
    NO_DATA("no-data");

    private final String id;

    RowStatus(String id) {
        this.id = id;
    }

    /** The id used in JSON and message keys (on-track, behind, at-risk, no-data). */
    public String id() {
        return id;
    }
}
