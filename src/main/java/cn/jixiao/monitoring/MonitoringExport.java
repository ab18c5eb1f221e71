package cn.jixiao.monitoring;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.io.form.MarkdownTables;
import cn.jixiao.io.form.XlsxPages;
import cn.jixiao.io.form.XlsxStyles;
import cn.jixiao.io.form.XlsxStyles.Span;
import cn.jixiao.json.Json;
import cn.jixiao.monitoring.model.FundingProgress;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.MonitoringReport;
import cn.jixiao.monitoring.model.MonitoringRow;
import cn.jixiao.monitoring.model.RowStatus;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 绩效运行监控表 (mid-year monitoring table) of a monitoring record: header, the 资金执行 table (per 支出 line and in
 * total: 全年预算数, 半年计划执行数, 1-6月执行数, 执行率, 计划执行率, with the 序时进度), and the indicator table (一级 / 二级
 * / 三级, 半年 and 全年 targets, 1-6月完成值, 全年预计完成值, 状态, 完成目标可能性, 偏差原因, 纠偏措施) — as Markdown, as
 * JSON (the shape of {@code monitor show --json}) and as a printable xlsx.
 */
public final class MonitoringExport {
    public static final String TITLE = "项目支出绩效运行监控表";
    /** The headings of the 资金执行 table. */
    public static final List<String> FUNDING_HEADINGS = List.of("支出", "全年预算数", "半年(程)计划执行数", "1-6月执行数",
            "执行率", "计划执行率");
    /** The headings of the indicator table. */
    public static final List<String> HEADINGS = List.of("一级指标", "二级指标", "三级指标", "半年(程)指标值",
            "全年(程)指标值", "1-6月完成值", "全年预计完成值", "状态", "完成目标可能性", "偏差原因", "纠偏措施");
    /** How the (Chinese) table names a status. */
    public static final Map<RowStatus, String> STATUS = Map.of(RowStatus.ON_TRACK, "正常", RowStatus.BEHIND, "落后",
            RowStatus.AT_RISK, "有风险", RowStatus.NO_DATA, "未填");

    private MonitoringExport() {
    }

    /**
     * {"declaration":N,"asOf":"2026-06-30","funding":{"budget","executed","rate","plannedRate","schedule"},
     * "rows":[{"path","half","full","actual","expected","status","likelihood","reason","measure"}]}.
     */
    public static ObjectNode json(Declaration d, MonitoringReport r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("declaration", d.id());
        root.put("asOf", r.monitoring().asOf().toString());
        ObjectNode f = root.putObject("funding");
        FundingProgress t = r.total();
        decimal(f, "budget", t.budget());
        decimal(f, "executed", t.executed());
        decimal(f, "rate", t.rate());
        decimal(f, "plannedRate", t.plannedRate());
        f.put("schedule", r.schedule());
        ArrayNode rows = root.putArray("rows");
        for (MonitoringRow x : r.rows()) {
            ObjectNode o = rows.addObject();
            o.put("path", x.path());
            o.put("half", x.half());
            o.put("full", x.full());
            o.put("actual", x.actual());
            o.put("expected", x.expected());
            o.put("status", x.status().id());
            if (x.likelihood().isPresent()) {
                o.put("likelihood", x.likelihood().get().label());
            } else {
                o.putNull("likelihood");
            }
            o.put("reason", x.reason());
            o.put("measure", x.measure());
        }
        return root;
    }

    private static void decimal(ObjectNode o, String key, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            o.put(key, value.get());
        } else {
            o.putNull(key);
        }
    }

    private static String amount(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("");
    }

    private static String percent(Optional<BigDecimal> v) {
        return v.map(x -> x.toPlainString() + "%").orElse("");
    }

    /** The 资金执行 rows: each 支出 line, then 合计. */
    static List<String[]> fundingCells(MonitoringReport r) {
        List<String[]> out = new ArrayList<>();
        List<FundingProgress> all = new ArrayList<>(r.lines());
        all.add(r.total());
        for (FundingProgress p : all) {
            out.add(new String[] {p.isTotal() ? "合计" : p.line(), amount(p.budget()), amount(p.halfPlan()),
                    amount(p.executed()), percent(p.rate()), percent(p.plannedRate())});
        }
        return out;
    }

    static List<String[]> cells(MonitoringReport r) {
        List<String[]> out = new ArrayList<>();
        for (MonitoringRow x : r.rows()) {
            String[] l = x.levels();
            out.add(new String[] {l[0], l[1], l[2], x.half(), x.full(), x.actual(), x.expected(), STATUS.get(x.status()),
                    x.likelihood().map(Likelihood::label).orElse(""), x.reason(), x.measure()});
        }
        return out;
    }

    private static String header(Declaration d, MonitoringReport r) {
        return "主管部门：" + d.header().department() + "　实施单位：" + d.header().implementer() + "　截至："
                + r.monitoring().asOf() + "　序时进度：" + r.schedule().toPlainString() + "%　单位：万元";
    }

    public static String markdown(Declaration d, MonitoringReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(d.name()).append(' ').append(TITLE).append("（").append(d.header().year())
                .append("年度）\n\n");
        sb.append(header(d, r)).append("\n\n## 资金执行\n\n");
        MarkdownTables.table(sb, FUNDING_HEADINGS, "|---|--:|--:|--:|--:|--:|", fundingCells(r), false);
        sb.append("\n## 绩效指标\n\n");
        MarkdownTables.table(sb, HEADINGS, "|---|---|---|---|---|---|---|---|---|---|---|", cells(r), true);
        sb.append("\n状态：").append(STATUS.get(RowStatus.ON_TRACK)).append(' ').append(r.count(RowStatus.ON_TRACK))
                .append("，").append(STATUS.get(RowStatus.BEHIND)).append(' ').append(r.count(RowStatus.BEHIND))
                .append("，").append(STATUS.get(RowStatus.AT_RISK)).append(' ').append(r.count(RowStatus.AT_RISK))
                .append("，").append(STATUS.get(RowStatus.NO_DATA)).append(' ').append(r.count(RowStatus.NO_DATA))
                .append('\n');
        return sb.toString();
    }

    /** Column widths (characters) of the 11 columns, A–K: they fit an A4 landscape page. */
    private static final int[] WIDTHS = {8, 10, 18, 11, 11, 11, 11, 7, 9, 22, 22};

    public static byte[] xlsx(Declaration d, MonitoringReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles s = new XlsxStyles(wb);
            Sheet sheet = wb.createSheet("绩效运行监控表");
            int last = HEADINGS.size() - 1;
            int[] widths = XlsxPages.columns(sheet, true, WIDTHS);
            int n = s.titleRows(sheet, TITLE, "（" + d.header().year() + "年度，截至 " + r.monitoring().asOf() + "）",
                    last);

            // header: label / value pairs over the width of the table
            XlsxStyles.spans(sheet, n, 0, new Span(0, 0, "项目名称", s.label), new Span(1, 4, d.name(), s.text),
                    new Span(5, 6, "主管部门", s.label), new Span(7, 10, d.header().department(), s.text));
            XlsxStyles.spans(sheet, ++n, 0, new Span(0, 0, "实施单位", s.label),
                    new Span(1, 4, d.header().implementer(), s.text), new Span(5, 6, "序时进度", s.label),
                    new Span(7, 10, r.schedule().toPlainString() + "%（单位：万元）", s.text));

            // 资金执行: label column A, then the six columns over B–K
            int[][] spans = {{1, 3}, {4, 4}, {5, 5}, {6, 6}, {7, 8}, {9, 10}};
            int fundingStart = ++n;
            fundingRow(sheet, s, n, "资金执行", FUNDING_HEADINGS, spans, s.head);
            for (String[] c : fundingCells(r)) {
                Row row = fundingRow(sheet, s, ++n, "", List.of(c), spans, s.center);
                row.getCell(1).setCellStyle(s.text);
            }
            XlsxStyles.merge(sheet, fundingStart, n, 0);

            // the indicator table
            int head = ++n;
            n = s.indicatorTable(sheet, n, HEADINGS, cells(r), widths, i -> false, i -> i == 2 || i >= 9);
            String counts = "状态：" + STATUS.get(RowStatus.ON_TRACK) + " " + r.count(RowStatus.ON_TRACK) + "，"
                    + STATUS.get(RowStatus.BEHIND) + " " + r.count(RowStatus.BEHIND) + "，"
                    + STATUS.get(RowStatus.AT_RISK) + " " + r.count(RowStatus.AT_RISK) + "，"
                    + STATUS.get(RowStatus.NO_DATA) + " " + r.count(RowStatus.NO_DATA);
            XlsxStyles.spans(sheet, ++n, 1, new Span(0, last, counts, s.text));
            XlsxPages.printable(sheet, true, head, head);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row fundingRow(Sheet sheet, XlsxStyles s, int n, String label, List<String> cells, int[][] spans,
                                  org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = sheet.createRow(n);
        XlsxStyles.cell(row, 0, label, s.label);
        for (int k = 0; k < spans.length; k++) {
            for (int c = spans[k][0]; c <= spans[k][1]; c++) {
                boolean amount = style != s.head && k >= 1 && k <= 3 && c == spans[k][0] && !cells.get(k).isEmpty();
                if (amount) { // 全年预算数, 半年计划执行数, 1-6月执行数: number cells, two decimals
                    s.fixedCell(row, c, Optional.of(new BigDecimal(cells.get(k))));
                } else {
                    XlsxStyles.cell(row, c, c == spans[k][0] ? cells.get(k) : "", style);
                }
            }
            if (spans[k][1] > spans[k][0]) {
                sheet.addMergedRegion(new CellRangeAddress(n, n, spans[k][0], spans[k][1]));
            }
        }
        XlsxStyles.height(row, style == s.head ? 2 : 1);
        return row;
    }
}
