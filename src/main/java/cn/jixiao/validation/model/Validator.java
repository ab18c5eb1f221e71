package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;

import java.util.List;
import java.util.Map;

/**
 * Runs every rule over a declaration: builds its {@link FlatView} once and hands it to each rule. Pure and
 * allocation-light: the benchmark validates 200,000+/s.
 */
public final class Validator {
    private final List<Rule> rules;
    /** The rules not turned off, in catalogue order. */
    private final Rule[] active;
    private final RuleContext context;
    private final Map<String, Severity> overrides;

    public Validator(List<Rule> rules, RuleContext context, Map<String, Severity> overrides) {
        this.rules = List.copyOf(rules);
        this.context = context;
        this.overrides = Map.copyOf(overrides);
        this.active = this.rules.stream().filter(r -> this.overrides.get(r.id()) != Severity.OFF).toArray(Rule[]::new);
    }

    public List<Finding> validate(Declaration declaration) {
        Findings findings = new Findings(overrides);
        FlatView form = FlatView.of(declaration, context);
        for (Rule rule : active) {
            rule.check(form, context, findings);
        }
        return findings.list();
    }

    public List<Rule> rules() {
        return rules;
    }
}
