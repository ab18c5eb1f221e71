package cn.jixiao.monitoring;

import cn.jixiao.declaration.DeclarationView;
import cn.jixiao.monitoring.model.FundingProgress;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.MonitoringReport;
import cn.jixiao.monitoring.model.MonitoringRow;
import cn.jixiao.monitoring.model.RowStatus;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.Text;
import cn.jixiao.validation.RecordFindings;
import cn.jixiao.validation.model.Finding;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders a monitoring record: the funding progress, the indicator table with statuses, one row, the findings. */
@Component
public class MonitorView {
    private final Messages m;
    private final DeclarationView declarations;

    public MonitorView(Messages messages, DeclarationView declarations) {
        this.m = messages;
        this.declarations = declarations;
    }

    public String title(MonitoringService.Current c) {
        return m.get("monitor.title", declarations.title(c.declaration()), c.monitoring().asOf().toString(),
                c.monitoring().revision());
    }

    public String status(RowStatus s) {
        return m.get("monitor.status." + s.id());
    }

    public List<String> show(MonitoringService.Current c, List<Finding> findings) {
        MonitoringReport r = c.report();
        List<String> out = new ArrayList<>();
        out.add(title(c));
        out.add(m.get("monitor.funding.heading", r.schedule().toPlainString() + "%"));
        Text.Table f = new Text.Table(6, 1, 2, 3, 4, 5);
        f.row(m.get("monitor.col.line"), m.get("monitor.col.budget"), m.get("monitor.col.half-plan"),
                m.get("monitor.col.executed"), m.get("monitor.col.rate"), m.get("monitor.col.planned-rate"));
        List<FundingProgress> all = new ArrayList<>(r.lines());
        all.add(r.total());
        for (FundingProgress p : all) {
            f.row(p.isTotal() ? m.get("monitor.col.total") : p.line(), amount(p.budget()), amount(p.halfPlan()),
                    amount(p.executed()), percent(p.rate()), percent(p.plannedRate()));
        }
        f.lines().forEach(l -> out.add("  " + l));
        Text.Table t = new Text.Table(10).optional(5, 7, 8, 9); // 全年预计, 可能性, 偏差原因, 纠偏措施 when none is filled
        t.row(m.get("monitor.col.position"), m.get("monitor.col.indicator"), m.get("monitor.col.half"),
                m.get("monitor.col.full"), m.get("monitor.col.actual"), m.get("monitor.col.expected"),
                m.get("monitor.col.status"), m.get("monitor.col.likelihood"), m.get("monitor.col.reason"),
                m.get("monitor.col.measure"));
        for (MonitoringRow x : r.rows()) {
            t.row(x.position(), x.path(), x.half(), x.full(), x.actual().isEmpty() ? "—" : x.actual(),
                    x.expected().isEmpty() ? "—" : x.expected(), status(x.status()),
                    x.likelihood().map(Likelihood::label).orElse("—"), x.reason(), x.measure());
        }
        t.lines().forEach(l -> out.add(l.stripTrailing()));
        out.add(summary(r));
        out.addAll(findings(findings));
        return Text.fitAll(out); // the title and the lines around the tables fit the terminal too
    }

    public String summary(MonitoringReport r) {
        return m.get("monitor.summary", r.count(RowStatus.ON_TRACK), r.count(RowStatus.BEHIND),
                r.count(RowStatus.AT_RISK), r.count(RowStatus.NO_DATA));
    }

    /** One row after {@code monitor set}. */
    public String row(MonitoringRow x, int revision) {
        return m.get("monitor.set.done", x.position(), x.path(), x.compared().orElse(x.half().isEmpty() ? "—" : x.half()),
                x.actual().isEmpty() ? "—" : x.actual(), status(x.status()), revision);
    }

    /** The funding progress after {@code monitor executed}. */
    public String executed(FundingProgress p, MonitoringReport r) {
        return m.get("monitor.executed.done", p.isTotal() ? m.get("monitor.col.total") : p.line(), amount(p.executed()),
                percent(p.rate()), percent(p.plannedRate()), r.schedule().toPlainString() + "%", r.monitoring().revision());
    }

    public List<String> findings(List<Finding> findings) {
        return RecordFindings.lines(m, findings);
    }

    private String amount(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("—");
    }

    private String percent(Optional<BigDecimal> v) {
        return v.map(x -> x.toPlainString() + "%").orElse("—");
    }
}
