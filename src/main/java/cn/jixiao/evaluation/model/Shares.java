package cn.jixiao.evaluation.model;

import java.math.BigDecimal;
import java.util.Objects;

/** The share of the weight (in %) a qualitative row earns when achieved, partly achieved, not achieved. */
public record Shares(BigDecimal full, BigDecimal partial, BigDecimal none) {
    public static final Shares DEFAULT = new Shares(new BigDecimal("100"), new BigDecimal("80"), BigDecimal.ZERO);

    public Shares {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(partial, "partial");
        Objects.requireNonNull(none, "none");
        for (BigDecimal b : new BigDecimal[] {full, partial, none}) {
            if (b.signum() < 0 || b.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("share out of 0..100: " + b);
            }
        }
    }

    public BigDecimal of(Achievement a) {
        return switch (a) {
            case FULL -> full;
            case PARTIAL -> partial;
            case NONE -> none;
        };
    }
}
