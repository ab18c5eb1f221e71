package cn.jixiao.evaluation;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.EvaluationRow;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.json.Json;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
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

/**
 * The 自评表 (self-evaluation table) of a scored evaluation: 一级 / 二级 / 三级指标, 指标值, 实际完成值, 分值, 得分,
 * 偏差原因, then 合计 and 等级 — as Markdown, as JSON (the shape of {@code eval show --json}) and as xlsx (一级 and 二级
 * cells merged over their rows).
 */
public final class EvaluationExport {
    /** The column headings of the 自评表, as printed on the forms. */
    public static final List<String> HEADINGS = List.of("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值",
            "得分", "偏差原因");

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

    private static List<String[]> cells(Scorecard card) {
        List<String[]> out = new ArrayList<>();
        for (EvaluationRow r : card.rows()) {
            String[] l = r.levels();
            out.add(new String[] {l[0], l[1], l[2], r.target(), actual(r), Scorer.plain(r.weight()).toPlainString(),
                    r.score().map(BigDecimal::toPlainString).orElse(""), r.reason()});
        }
        return out;
    }

    public static String markdown(Declaration d, Scorecard card) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(d.name()).append(" 绩效自评表（").append(d.header().year()).append("年度）\n\n");
        sb.append("| ").append(String.join(" | ", HEADINGS)).append(" |\n");
        sb.append("|---|---|---|---|---|--:|--:|---|\n");
        String l1 = null;
        String l2 = null;
        for (String[] c : cells(card)) {
            String[] shown = c.clone();
            // like the printed form: a 一级/二级 name only on its first row
            if (c[0].equals(l1) && !c[0].isEmpty()) {
                shown[0] = "";
                if (c[1].equals(l2)) {
                    shown[1] = "";
                }
            }
            l1 = c[0];
            l2 = c[1];
            sb.append("| ");
            for (int i = 0; i < shown.length; i++) {
                sb.append(md(shown[i])).append(i + 1 < shown.length ? " | " : " |\n");
            }
        }
        sb.append("| 合计 |  |  |  |  | ").append(Scorer.plain(card.weightSum()).toPlainString()).append(" | ")
                .append(card.total().toPlainString()).append(" |  |\n\n");
        sb.append("总分 ").append(card.total().toPlainString()).append("，等级：").append(card.grade().label()).append('\n');
        return sb.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    public static byte[] xlsx(Declaration d, Scorecard card) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("绩效自评表");
            CellStyle style = wb.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            CellStyle title = wb.createCellStyle();
            title.setAlignment(HorizontalAlignment.CENTER);
            var bold = wb.createFont();
            bold.setBold(true);
            title.setFont(bold);

            Row t = sheet.createRow(0);
            t.createCell(0).setCellValue(d.name() + " 绩效自评表（" + d.header().year() + "年度）");
            t.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADINGS.size() - 1));
            Row h = sheet.createRow(1);
            for (int i = 0; i < HEADINGS.size(); i++) {
                h.createCell(i).setCellValue(HEADINGS.get(i));
                h.getCell(i).setCellStyle(style);
            }
            List<String[]> cells = cells(card);
            int first = 2;
            for (int k = 0; k < cells.size(); k++) {
                String[] c = cells.get(k);
                Row row = sheet.createRow(first + k);
                for (int i = 0; i < c.length; i++) {
                    var cell = row.createCell(i);
                    cell.setCellStyle(style);
                    if ((i == 5 || i == 6) && !c[i].isEmpty()) {
                        cell.setCellValue(new BigDecimal(c[i]).doubleValue());
                    } else {
                        cell.setCellValue(c[i]);
                    }
                }
            }
            merge(sheet, cells, first, 0);
            merge(sheet, cells, first, 1);
            Row sum = sheet.createRow(first + cells.size());
            for (int i = 0; i < HEADINGS.size(); i++) {
                sum.createCell(i).setCellStyle(style);
            }
            sum.getCell(0).setCellValue("合计");
            sum.getCell(5).setCellValue(card.weightSum().doubleValue());
            sum.getCell(6).setCellValue(card.total().doubleValue());
            sum.getCell(7).setCellValue("等级：" + card.grade().label());
            int[] widths = {10, 14, 36, 14, 24, 8, 8, 30};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges runs of equal non-empty cells in column {@code col} (and, for 二级, within the same 一级). */
    private static void merge(Sheet sheet, List<String[]> cells, int first, int col) {
        int start = 0;
        for (int k = 1; k <= cells.size(); k++) {
            boolean same = k < cells.size() && !cells.get(k)[col].isEmpty()
                    && cells.get(k)[col].equals(cells.get(start)[col])
                    && (col == 0 || cells.get(k)[0].equals(cells.get(start)[0]));
            if (!same) {
                if (k - start > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(first + start, first + k - 1, col, col));
                }
                start = k;
            }
        }
    }
}
