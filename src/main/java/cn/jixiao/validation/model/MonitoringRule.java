package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.monitoring.model.MonitoringReport;

/**
 * A rule over a declaration's mid-year monitoring record (绩效运行监控). It is in the catalogue like every rule
 * (listed by {@code rules}, explained by {@code explain}, its severity set the same way) but checks nothing on a
 * declaration alone: {@link MonitoringValidator} runs it when the declaration has a monitoring record.
 */
public interface MonitoringRule extends Rule {
    @Override
    default String category() {
        return "monitoring";
    }

    @Override
    default void check(FlatView form, RuleContext context, Findings findings) {
        // needs the monitoring record: see check(Declaration, MonitoringReport, Findings)
    }

    void check(Declaration declaration, MonitoringReport report, Findings findings);
}
