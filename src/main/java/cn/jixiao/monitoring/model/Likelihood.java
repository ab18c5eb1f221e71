package cn.jixiao.monitoring.model;

import java.util.Locale;
import java.util.Optional;

/** 完成目标可能性: how likely the full-year target is met, in the officer's own judgement. */
public enum Likelihood {
    CERTAIN("确定能"), POSSIBLE("有可能"), IMPOSSIBLE("不可能");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    /** The word the monitoring table uses (确定能 / 有可能 / 不可能). */
    public String label() {
        return label;
    }

    /** True for 有可能 and 不可能: the table then asks for 偏差原因 and 纠偏措施. */
    public boolean doubtful() {
        return this != CERTAIN;
    }

    /** 确定能 / 有可能 / 不可能 (also 完全不可能, 能, certain, possible, impossible). */
    public static Optional<Likelihood> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Likelihood l : values()) {
            if (l.label.equals(t)) {
                return Optional.of(l);
            }
        }
        return switch (t) {
            case "能", "确定", "certain", "yes" -> Optional.of(CERTAIN);
            case "可能", "possible", "maybe" -> Optional.of(POSSIBLE);
            case "完全不可能", "不能", "impossible", "no" -> Optional.of(IMPOSSIBLE);
            default -> Optional.empty();
        };
    }
}
