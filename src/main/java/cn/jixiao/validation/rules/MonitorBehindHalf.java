package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.monitoring.model.MonitoringReport;
import cn.jixiao.monitoring.model.MonitoringRow;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.MonitoringRule;
import cn.jixiao.validation.model.Severity;

/** An indicator's actual by the as-of date falls short of its half-year target (or its 序时进度 share). */
public final class MonitorBehindHalf extends BaseRule implements MonitoringRule {
    public MonitorBehindHalf() {
        super("monitor-behind-half", Severity.WARNING, "monitoring");
    }

    @Override
    public void check(Declaration declaration, MonitoringReport report, Findings findings) {
        for (MonitoringRow r : report.rows()) {
            if (r.behind() && r.compared().orElseThrow().equals(r.half())) {
                findings.add(this, r.path(), r.actual(), r.half());
            } else if (r.behind()) { // against the 序时进度 share of the full-year value
                findings.add(this, Severity.WARNING, r.path(), "schedule", r.actual(), r.compared().get(), r.full());
            }
        }
    }
}
