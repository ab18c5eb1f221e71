package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.MonitoringReport;
import cn.jixiao.monitoring.model.MonitoringRow;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.MonitoringRule;
import cn.jixiao.validation.model.Severity;

/**
 * A row judged 有可能 or 不可能, behind its half-year target, or expected to miss the full-year target states both
 * its 偏差原因 and its 纠偏措施.
 */
public final class MonitorAtRiskReason extends BaseRule implements MonitoringRule {
    public MonitorAtRiskReason() {
        super("monitor-at-risk-reason", Severity.WARNING, "monitoring");
    }

    @Override
    public void check(Declaration declaration, MonitoringReport report, Findings findings) {
        for (MonitoringRow r : report.rows()) {
            if (!r.reason().isBlank() && !r.measure().isBlank()) {
                continue;
            }
            if (r.likelihood().filter(Likelihood::doubtful).isPresent()) {
                findings.add(this, Severity.WARNING, r.path(), "likelihood", r.likelihood().get().label());
            } else if (r.expectedShort()) {
                findings.add(this, Severity.WARNING, r.path(), "expected", r.expected(), r.full());
            } else if (r.behind()) {
                findings.add(this, Severity.WARNING, r.path(), "behind", r.actual(), r.compared().orElseThrow());
            }
        }
    }
}
