package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Scorecard;

import java.util.List;
import java.util.Map;

/** Runs the evaluation rules of the catalogue over a scored evaluation. */
public final class EvaluationValidator {
    private final List<EvaluationRule> rules;
    private final Map<String, Severity> overrides;

    public EvaluationValidator(List<EvaluationRule> rules, Map<String, Severity> overrides) {
        this.rules = List.copyOf(rules);
        this.overrides = Map.copyOf(overrides);
    }

    public List<Finding> validate(Declaration declaration, Scorecard scorecard) {
        Findings findings = new Findings(overrides);
        for (EvaluationRule rule : rules) {
            if (overrides.get(rule.id()) != Severity.OFF) {
                rule.check(declaration, scorecard, findings);
            }
        }
        return findings.list();
    }
}
