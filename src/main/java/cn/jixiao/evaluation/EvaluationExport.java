package cn.jixiao.evaluation;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Funding;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.evaluation.model.EvaluationRow;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.io.form.MarkdownTables;
import cn.jixiao.io.form.XlsxPages;
import cn.jixiao.io.form.XlsxStyles;
import cn.jixiao.io.form.XlsxStyles.Span;
import cn.jixiao.json.Json;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 项目支出绩效自评表 of a scored evaluation in the official layout: the header block (项目名称, 主管部门, 实施单位;
 * 项目资金 with 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分; 年度总体目标 预期目标 and 实际完成情况), the
 * indicator table (一级 / 二级 / 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施) and 总分 with the
 * 等级 — as Markdown, as JSON (the shape of {@code eval show --json}) and as a printable xlsx (A4 landscape, the
 * table's heading repeated on every page, page numbers). Amounts, weights and scores show two decimals.
 */
public final class EvaluationExport {
    /** The column headings of the 自评表, as printed on the forms. */
    public static final List<String> HEADINGS = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
            "得分", "偏差原因分析及改进措施");
    public static final String TITLE = "项目支出绩效自评表";
    /** Column widths (characters) of A–H: they fit an A4 landscape page. */
    private static final int[] WIDTHS = {12, 14, 24, 14, 14, 9, 9, 36};
    private static final String DASH = "—";

    private EvaluationExport() {
    }

    /** {"declaration":N,"total":T,"grade":"优","rows":[{"path","target","actual","weight","score","reason"}]}. */
    public static ObjectNode json(Declaration d, Scorecard card) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("declaration", d.id());
        root.put("total", card.total());
        root.put("grade", card.grade().label());
        ArrayNode rows = root.putArray("rows");
        for (EvaluationRow r : card.rows()) {
            ObjectNode o = rows.addObject();
            o.put("path", r.path());
            o.put("target", r.target());
            o.put("actual", actual(r));
            o.put("weight", Scorer.plain(r.weight()));
            if (r.score().isPresent()) {
                o.put("score", r.score().get());
            } else {
                o.putNull("score");
            }
            o.put("reason", r.reason());
        }
        return root;
    }

    /** The actual value as the table shows it: as typed, else the achievement level. */
    public static String actual(EvaluationRow r) {
        return !r.actual().isEmpty() ? r.actual() : r.achievement().map(a -> a.label()).orElse("");
    }

    /** The indicator rows (the 预算执行率 line is in the 项目资金 block). */
    private static List<String[]> cells(Scorecard card) {
        List<String[]> out = new ArrayList<>();
        for (EvaluationRow r : card.rows()) {
            if (r.isExecutionLine()) {
                continue;
            }
            String[] l = r.levels();
            out.add(new String[] {l[0], l[1], l[2], r.target(), actual(r), fixed(r.weight()),
                    r.score().map(EvaluationExport::fixed).orElse(""), r.reason()});
        }
        return out;
    }

    /** Two decimals, as the forms print amounts, weights and scores. */
    static String fixed(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String fixed(Optional<BigDecimal> b) {
        return b.map(EvaluationExport::fixed).orElse("");
    }

    /** What a header row is, for the xlsx merging and styling. */
    private enum Kind { NAME, UNITS, FUNDING_HEAD, FUNDING, GOAL_HEAD, GOAL }

    /** One row of the header block in the eight columns. */
    private record Line(Kind kind, String... cells) {
    }

    private static List<Line> header(Declaration d, Scorecard card) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(Kind.NAME, "项目名称", d.name(), "", "", "", "", "", ""));
        out.add(new Line(Kind.UNITS, "主管部门", d.header().department(), "", "", "实施单位", d.header().implementer(), "", ""));
        out.add(new Line(Kind.FUNDING_HEAD, "项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                "得分"));
        Optional<EvaluationRow> execution = card.row(Evaluation.EXECUTION);
        Funding f = d.funding();
        out.add(new Line(Kind.FUNDING, "", "年度资金总额", fixed(f.total()), fixed(card.budget()),
                fixed(card.evaluation().executed()), execution.map(r -> fixed(r.weight())).orElse(""),
                execution.map(EvaluationExport::actual).orElse(""),
                execution.flatMap(EvaluationRow::score).map(EvaluationExport::fixed).orElse("")));
        out.add(new Line(Kind.FUNDING, "", "其中：当年财政拨款", fixed(f.amount(FundingSource.FISCAL)), "", "", DASH, "",
                DASH));
        out.add(new Line(Kind.FUNDING, "", "上年结转资金", fixed(f.amount(FundingSource.CARRY_OVER)), "", "", DASH, "",
                DASH));
        out.add(new Line(Kind.FUNDING, "", "其他资金", fixed(f.amount(FundingSource.OTHER)), "", "", DASH, "", DASH));
        out.add(new Line(Kind.GOAL_HEAD, "年度总体目标", "预期目标", "", "", "", "实际完成情况", "", ""));
        out.add(new Line(Kind.GOAL, "", d.narrative().annualGoal(), "", "", "", achieved(card), "", ""));
        return out;
    }

    /** 实际完成情况: what the scores say (执行数 and rate, targets met and missed). */
    static String achieved(Scorecard card) {
        List<String> parts = new ArrayList<>();
        card.evaluation().executed().ifPresent(e -> parts.add("全年执行数 " + fixed(e) + " 万元"
                + card.row(Evaluation.EXECUTION).map(r -> actual(r).isEmpty() ? "" : "，预算执行率 " + actual(r))
                .orElse("")));
        long rows = card.rows().stream().filter(r -> !r.isExecutionLine()).count();
        long missed = card.rows().stream().filter(r -> !r.isExecutionLine() && r.missed()).count();
        long met = card.rows().stream().filter(r -> !r.isExecutionLine() && !r.missed() && r.score().isPresent())
                .count();
        parts.add(rows + " 个三级指标中 " + met + " 个达到目标、" + missed + " 个未达到" + (rows - met - missed > 0
                ? "、" + (rows - met - missed) + " 个尚无完成值" : ""));
        return String.join("；", parts) + "。";
    }

    private static String total(Scorecard card) {
        return "等级：" + card.grade().label();
    }

    public static String markdown(Declaration d, Scorecard card) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(TITLE).append("\n\n（").append(d.header().year()).append("年度）\n\n");
        boolean first = true;
        for (Line l : header(d, card)) {
            MarkdownTables.row(sb, l.cells());
            if (first) {
                sb.append("|---|---|--:|--:|--:|--:|--:|--:|\n");
                first = false;
            }
        }
        MarkdownTables.row(sb, HEADINGS.toArray(String[]::new));
        MarkdownTables.rows(sb, cells(card), true);
        MarkdownTables.row(sb, "总分", "", "", "", "", fixed(card.weightSum()), fixed(card.total()), total(card));
        sb.append('\n');
        return sb.toString();
    }

    public static byte[] xlsx(Declaration d, Scorecard card) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles s = new XlsxStyles(wb);
            Sheet sheet = wb.createSheet("绩效自评表");
            int[] widths = XlsxPages.columns(sheet, true, WIDTHS);
            int last = HEADINGS.size() - 1;
            int n = s.titleRows(sheet, TITLE, "（" + d.header().year() + "年度）", last);
            int fundingStart = -1;
            int goalStart = -1;
            for (Line l : header(d, card)) {
                String[] c = l.cells();
                switch (l.kind()) {
                    case NAME -> XlsxStyles.spans(sheet, n, 0, new Span(0, 0, c[0], s.label),
                            new Span(1, last, c[1], s.text));
                    case UNITS -> XlsxStyles.spans(sheet, n, 0, new Span(0, 0, c[0], s.label),
                            new Span(1, 3, c[1], s.text), new Span(4, 4, c[4], s.label), new Span(5, last, c[5], s.text));
                    case FUNDING_HEAD -> {
                        fundingStart = n;
                        Row row = sheet.createRow(n);
                        for (int i = 0; i <= last; i++) {
                            XlsxStyles.cell(row, i, i == 0 ? c[i].replace("（", "\n（") : c[i], s.label);
                        }
                        XlsxStyles.height(row, 2);
                    }
                    case FUNDING -> {
                        Row row = sheet.createRow(n);
                        XlsxStyles.cell(row, 0, "", s.label);
                        XlsxStyles.cell(row, 1, c[1], s.text);
                        for (int i = 2; i <= last; i++) {
                            if (i == 6 || c[i].isEmpty() || c[i].equals(DASH)) {
                                XlsxStyles.cell(row, i, c[i], s.center);
                            } else {
                                s.fixedCentred(row, i, Optional.of(new BigDecimal(c[i])));
                            }
                        }
                        XlsxStyles.height(row, XlsxStyles.lines(c[1], widths[1]));
                    }
                    case GOAL_HEAD -> {
                        goalStart = n;
                        XlsxStyles.spans(sheet, n, 0, new Span(0, 0, c[0], s.label), new Span(1, 4, c[1], s.label),
                                new Span(5, last, c[5], s.label));
                    }
                    case GOAL -> XlsxStyles.spans(sheet, n, 0, new Span(0, 0, "", s.label), new Span(1, 4, c[1], s.text),
                            new Span(5, last, c[5], s.text));
                    default -> throw new IllegalStateException(l.kind().toString());
                }
                n++;
            }
            XlsxStyles.merge(sheet, fundingStart, goalStart - 1, 0);
            XlsxStyles.merge(sheet, goalStart, n - 1, 0);

            int head = n;
            n = s.indicatorTable(sheet, n, HEADINGS, cells(card), widths, i -> i == 5 || i == 6, i -> i == 2 || i == 7);
            Row sum = XlsxStyles.spans(sheet, ++n, 1, new Span(0, 4, "总分", s.head), new Span(5, 5, "", s.center),
                    new Span(6, 6, "", s.center), new Span(7, 7, total(card), s.center));
            s.fixedCell(sum, 5, Optional.of(card.weightSum()));
            s.fixedCell(sum, 6, Optional.of(card.total()));
            XlsxPages.printable(sheet, true, head, head);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
