package cn.jixiao.evaluation.model;

import java.math.BigDecimal;
import java.util.Optional;

/** The grade of a self-evaluation by its total out of 100: 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 &lt; 60. */
public enum Grade {
    EXCELLENT("优", 90), GOOD("良", 80), FAIR("中", 60), POOR("差", 0);

    private final String label;
    private final BigDecimal from;

    Grade(String label, int from) {
        this.label = label;
        this.from = BigDecimal.valueOf(from);
    }

    public String label() {
        return label;
    }

    /** The lowest total of this grade. */
    public BigDecimal from() {
        return from;
    }

    public static Grade of(BigDecimal total) {
        for (Grade g : values()) {
            if (total.compareTo(g.from) >= 0) {
                return g;
            }
        }
        return POOR;
    }

    /** 优/良/中/差, or excellent/good/fair/poor. */
    public static Optional<Grade> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        for (Grade g : values()) {
            if (g.label.equals(t) || g.name().toLowerCase(java.util.Locale.ROOT).equals(t)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
