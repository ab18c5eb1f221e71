package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.Monitor;
import cn.jixiao.monitoring.model.MonitoringReport;
import cn.jixiao.monitoring.model.MonitoringRow;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.MonitoringRule;
import cn.jixiao.validation.model.Severity;

/**
 * 确定能 contradicted by the figures: the expected year-end value misses the full-year target, or the actual is far
 * behind its half-year target (short by more than {@link Monitor#FAR_BEHIND_PERCENT}% of it) and no expected value
 * says the target will still be reached.
 */
public final class MonitorLikelihoodInconsistent extends BaseRule implements MonitoringRule {
    public MonitorLikelihoodInconsistent() {
        super("monitor-likelihood-inconsistent", Severity.WARNING, "monitoring");
    }

    @Override
    public void check(Declaration declaration, MonitoringReport report, Findings findings) {
        for (MonitoringRow r : report.rows()) {
            if (r.likelihood().filter(l -> l == Likelihood.CERTAIN).isEmpty()) {
                continue;
            }
            if (r.expectedShort()) {
                findings.add(this, Severity.WARNING, r.path(), "expected", r.expected(), r.full());
            } else if (r.farBehind() && r.expected().isBlank()) {
                findings.add(this, Severity.WARNING, r.path(), "far-behind", r.actual(), r.compared().orElseThrow(),
                        Monitor.FAR_BEHIND_PERCENT + "%");
            }
        }
    }
}
