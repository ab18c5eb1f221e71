package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;

/**
 * One validation rule: a stable kebab-case id, a default severity, and a check. Its messages are
 * {@code rule.<id>[.<variant>]} and its explanation {@code rule.<id>.explain} in the message bundles.
 */
public interface Rule {
    String id();

    Severity defaultSeverity();

    /** The group shown by {@code rules}: value, half-full, funding, structure, wording. */
    String category();

    void check(Declaration declaration, RuleContext context, Findings findings);
}
