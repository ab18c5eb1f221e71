package cn.jixiao.indicator.model;

/** The comparator of a quantitative 指标值, in its canonical symbol. */
public enum Comparator {
    EQ("="), GE("≥"), LE("≤"), GT(">"), LT("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** True for ≥ and >: targets that ask for at least this much. */
    public boolean isLowerBound() {
        return this == GE || this == GT;
    }

    /** True for ≤ and <: targets that ask for at most this much. */
    public boolean isUpperBound() {
        return this == LE || this == LT;
    }
}
