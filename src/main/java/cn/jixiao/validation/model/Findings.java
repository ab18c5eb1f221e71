package cn.jixiao.validation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Collects findings, applying the user's per-rule severity overrides (off drops them). */
public final class Findings {
    /** Message keys by rule id and variant, built once: a finding costs no key concatenation. */
    private static final Map<String, Map<String, String>> KEYS = new ConcurrentHashMap<>();

    private final Map<String, Severity> overrides;
    private final List<Finding> list = new ArrayList<>(16);
    /** The last key looked up: a rule reports its findings one after another (ids and variants are literals). */
    private String lastId;
    private String lastVariant;
    private String lastKey;

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
        String id = rule.id();
        Severity s = overrides.isEmpty() ? severity : overrides.getOrDefault(id, severity);
        if (s == Severity.OFF) {
            return;
        }
        List<String> strings = switch (args.length) {
            case 0 -> List.of();
            case 1 -> List.of(string(args[0]));
            case 2 -> List.of(string(args[0]), string(args[1]));
            default -> {
                String[] all = new String[args.length];
                for (int i = 0; i < args.length; i++) {
                    all[i] = string(args[i]);
                }
                yield List.of(all);
            }
        };
        if (id != lastId || variant != lastVariant) {
            lastKey = key(id, variant);
            lastId = id;
            lastVariant = variant;
        }
        list.add(new Finding(id, s, path, lastKey, strings));
    }

    private static String string(Object a) {
        return a instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(a);
    }

    private static String key(String id, String variant) {
        Map<String, String> byVariant = KEYS.get(id);
        if (byVariant == null) {
            byVariant = KEYS.computeIfAbsent(id, k -> new ConcurrentHashMap<>());
        }
        String key = byVariant.get(variant);
        if (key == null) {
            key = variant.isEmpty() ? "rule." + id : "rule." + id + "." + variant;
            byVariant.put(variant, key);
        }
        return key;
    }

    public List<Finding> list() {
        return list;
    }
}
