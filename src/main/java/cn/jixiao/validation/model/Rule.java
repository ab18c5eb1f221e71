package cn.jixiao.validation.model;

/**
 * One validation rule: a stable kebab-case id, a default severity, and a check. Its messages are
 * {@code rule.<id>[.<variant>]} and its explanation {@code rule.<id>.explain} in the message bundles.
 */
public interface Rule {
    String id();

    Severity defaultSeverity();

    /** The group shown by {@code rules}: value, half-full, funding, structure, wording. */
    String category();

    /**
     * Reports what this rule finds in one declaration ({@link FlatView#declaration()}), read through the view
     * the validator built for it once for all rules.
     */
    void check(FlatView form, RuleContext context, Findings findings);
}
