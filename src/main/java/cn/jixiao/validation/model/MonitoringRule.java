package cn.jixiao.validation.model;

import cn.jixiao.monitoring.model.MonitoringReport;

/**
 * A rule over a declaration's mid-year monitoring record (绩效运行监控), run on its report by
 * {@link RecordValidator}.
 */
public interface MonitoringRule extends RecordRule<MonitoringReport> {
    @Override
    default String category() {
        return "monitoring";
    }
}
