package cn.jixiao.monitoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A monitoring record worked out against its declaration: the 序时进度 at the as-of date (percent, 2 decimals), the
 * funding progress in total and per 支出 line, and one row per 三级 indicator in form order.
 */
public record MonitoringReport(Monitoring monitoring, BigDecimal schedule, FundingProgress total,
                               List<FundingProgress> lines, List<MonitoringRow> rows) {
    public MonitoringReport {
        lines = List.copyOf(lines);
        rows = List.copyOf(rows);
    }

    public Optional<MonitoringRow> row(String path) {
        return rows.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    public long count(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
