package cn.jixiao.validation.model;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. {@code OFF} turns a rule off (jixiao.rules.&lt;id&gt;=off). */
public enum Severity {
    OFF, INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "off", "0" -> Optional.of(OFF);
            case "info" -> Optional.of(INFO);
            case "warning", "warn", "1" -> Optional.of(WARNING);
            case "error", "2" -> Optional.of(ERROR);
            default -> Optional.empty();
        };
    }
}
