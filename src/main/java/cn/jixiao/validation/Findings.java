package cn.jixiao.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects findings, applying the user's per-rule severity overrides (off drops them). */
public final class Findings {
    private final Map<String, Severity> overrides;
    private final List<Finding> list = new ArrayList<>();

    public Findings(Map<String, Severity> overrides) {
        this.overrides = overrides;
    }

    /** A finding at the rule's default severity, message {@code rule.<id>}. */
    public void add(Rule rule, String path, Object... args) {
        add(rule, rule.defaultSeverity(), path, "", args);
    }

    /**
     * A finding with its own default severity (a configured override still wins) and message variant
     * {@code rule.<id>.<variant>} ("" for none).
     */
    public void add(Rule rule, Severity severity, String path, String variant, Object... args) {
        Severity s = overrides.getOrDefault(rule.id(), severity);
        if (s == Severity.OFF) {
            return;
        }
        String key = variant.isEmpty() ? "rule." + rule.id() : "rule." + rule.id() + "." + variant;
        List<String> strings = new ArrayList<>(args.length);
        for (Object a : args) {
            strings.add(a instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(a));
        }
        list.add(new Finding(rule.id(), s, path, key, strings));
    }

    public List<Finding> list() {
        return list;
    }
}
