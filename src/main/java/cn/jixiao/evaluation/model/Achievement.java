package cn.jixiao.evaluation.model;

import java.util.Locale;
import java.util.Optional;

/** How far a qualitative target was reached: 达成 / 部分达成 / 未达成. */
public enum Achievement {
    FULL("full", "达成"), PARTIAL("partial", "部分达成"), NONE("none", "未达成");

    private final String id;
    private final String label;

    Achievement(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Achievement> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Achievement a : values()) {
            if (a.id.equals(t) || a.label.equals(t)) {
                return Optional.of(a);
            }
        }
        return switch (t) {
            case "达到", "完成", "已完成", "yes", "y" -> Optional.of(FULL);
            case "部分", "基本达成", "基本完成", "partly" -> Optional.of(PARTIAL);
            case "未完成", "未达到", "no", "n" -> Optional.of(NONE);
            default -> Optional.empty();
        };
    }
}
