package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.monitoring.model.MonitoringReport;

import java.util.List;
import java.util.Map;

/** Runs the monitoring rules of the catalogue over a monitoring record worked out against its declaration. */
public final class MonitoringValidator {
    private final List<MonitoringRule> rules;
    private final Map<String, Severity> overrides;

    public MonitoringValidator(List<MonitoringRule> rules, Map<String, Severity> overrides) {
        this.rules = List.copyOf(rules);
        this.overrides = Map.copyOf(overrides);
    }

    public List<Finding> validate(Declaration declaration, MonitoringReport report) {
        Findings findings = new Findings(overrides);
        for (MonitoringRule rule : rules) {
            if (overrides.get(rule.id()) != Severity.OFF) {
                rule.check(declaration, report, findings);
            }
        }
        return findings.list();
    }
}
