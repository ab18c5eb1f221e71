package cn.jixiao.validation;

import cn.jixiao.declaration.Declaration;

import java.util.List;
import java.util.Map;

/** Runs every rule over a declaration. Pure and allocation-light: the benchmark validates 200,000+/s. */
public final class Validator {
    private final List<Rule> rules;
    private final RuleContext context;
    private final Map<String, Severity> overrides;

    public Validator(List<Rule> rules, RuleContext context, Map<String, Severity> overrides) {
        this.rules = List.copyOf(rules);
        this.context = context;
        this.overrides = Map.copyOf(overrides);
    }

    public List<Finding> validate(Declaration declaration) {
        Findings findings = new Findings(overrides);
        for (Rule rule : rules) {
            if (overrides.get(rule.id()) != Severity.OFF) {
                rule.check(declaration, context, findings);
            }
        }
        return findings.list();
    }

    public List<Rule> rules() {
        return rules;
    }
}
