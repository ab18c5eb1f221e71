package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;

import java.util.List;
import java.util.Map;

/**
 * Runs the catalogue's rules over a record kept beside a declaration (a scored evaluation, a monitoring record
 * worked out against its declaration), each with its severity as set; a rule set to off is not run.
 *
 * @param <R> the record the rules read
 */
public final class RecordValidator<R> {
    private final List<? extends RecordRule<R>> rules;
    private final Map<String, Severity> overrides;

    public RecordValidator(List<? extends RecordRule<R>> rules, Map<String, Severity> overrides) {
        this.rules = List.copyOf(rules);
        this.overrides = Map.copyOf(overrides);
    }

    public List<Finding> validate(Declaration declaration, R record) {
        Findings findings = new Findings(overrides);
        for (RecordRule<R> rule : rules) {
            if (overrides.get(rule.id()) != Severity.OFF) {
                rule.check(declaration, record, findings);
            }
        }
        return findings.list();
    }
}
