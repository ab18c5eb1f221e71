package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.monitoring.model.FundingProgress;
import cn.jixiao.monitoring.model.MonitoringReport;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.MonitoringRule;
import cn.jixiao.validation.model.Severity;

/**
 * The execution rate (1-6月执行数 ÷ 全年预算数) is more than one percentage point below the half-year plan
 * (Σ 半年计划执行数 ÷ 全年预算数) or below the 序时进度: in total, and per 支出 line when there are several.
 */
public final class MonitorExecutionBehind extends BaseRule implements MonitoringRule {
    public MonitorExecutionBehind() {
        super("monitor-execution-behind", Severity.WARNING, "monitoring");
    }

    @Override
    public void check(Declaration declaration, MonitoringReport report, Findings findings) {
        check(report.total(), "funding/资金总额", report, findings);
        if (report.lines().size() > 1) {
            for (FundingProgress p : report.lines()) {
                check(p, "funding/支出/" + p.line(), report, findings);
            }
        }
    }

    private void check(FundingProgress p, String path, MonitoringReport report, Findings findings) {
        if (p.behindPlan()) {
            findings.add(this, Severity.WARNING, path, "plan", p.executed().orElseThrow(), p.rate().orElseThrow() + "%",
                    p.plannedRate().orElseThrow() + "%", report.schedule() + "%");
        } else if (p.behindSchedule()) {
            findings.add(this, Severity.WARNING, path, "schedule", p.executed().orElseThrow(),
                    p.rate().orElseThrow() + "%", report.schedule() + "%", report.monitoring().asOf());
        }
    }
}
