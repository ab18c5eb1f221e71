package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes declarations as printable official forms, one sheet each: title, 年度, the header fields, 项目资金
 * (收入 amounts, 支出 lines), 中长期目标/年度目标 and the indicator table with merged 一级/二级 cells, thin borders,
 * wrapped text, column widths that fit Chinese text, printed as {@link XlsxPages} lays pages out (the indicator
 * table's heading row repeated, breaks between groups, page numbers). The title is the form's own. Amounts are number cells whose
 * format shows the decimals they have, so {@link XlsxFormReader} reads them back exactly.
 */
public final class XlsxFormWriter implements AutoCloseable {
    /** Column widths in characters (a CJK character counts two), for columns A–E. */
    private static final int[] MIN = {12, 14, 16, 14, 14};
    private static final int[] MAX = {12, 14, 36, 18, 18};

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Set<String> sheetNames = new HashSet<>();
    private final XlsxStyles styles = new XlsxStyles(wb);
    private final CellStyle label = styles.label;
    private final CellStyle text = styles.text;
    private final CellStyle center = styles.center;
    private final CellStyle head = styles.head;

    /** Adds one declaration as a sheet. */
    public void add(Declaration d) {
        Sheet sheet = wb.createSheet(sheetName(d.name()));
        List<FormLayout.Row> rows = FormLayout.rows(d);
        int[] width = MIN.clone();
        for (FormLayout.Row r : rows) {
            if (r.kind() == FormLayout.Kind.INDICATOR || r.kind() == FormLayout.Kind.EXPENSE
                    || r.kind() == FormLayout.Kind.INDICATOR_HEAD) {
                for (int c = 0; c < FormLayout.COLUMNS; c++) {
                    width[c] = Math.max(width[c], Math.min(MAX[c], columns(r.cells().get(c)) + 2));
                }
            }
        }
        width = XlsxPages.columns(sheet, false, width);
        int r0 = styles.titleRows(sheet, FormLayout.title(d), d.header().year() + "年度", FormLayout.COLUMNS - 1);
        int headRow = -1;
        int fundingStart = -1;
        int incomeEnd = -1;
        int fiscalStart = -1;
        int expenseStart = -1;
        int expenseEnd = -1;
        int l1Start = -1;
        int l2Start = -1;
        for (int k = 0; k < rows.size(); k++) {
            FormLayout.Row lr = rows.get(k);
            int n = r0 + k;
            Row row = sheet.createRow(n);
            row.setHeightInPoints(20);
            List<String> cs = lr.cells();
            switch (lr.kind()) {
                case PAIR -> {
                    cell(row, 0, cs.get(0), label);
                    cell(row, 1, cs.get(1), text);
                    cell(row, 2, "", text);
                    cell(row, 3, cs.get(3), label);
                    cell(row, 4, cs.get(4), text);
                    sheet.addMergedRegion(new CellRangeAddress(n, n, 1, 2));
                    height(row, Math.max(lines(cs.get(1), width[1] + width[2]), lines(cs.get(4), width[4])));
                }
                case TEXT -> {
                    cell(row, 0, cs.get(0), label);
                    cell(row, 1, cs.get(1), text);
                    for (int c = 2; c < 5; c++) {
                        cell(row, c, "", text);
                    }
                    sheet.addMergedRegion(new CellRangeAddress(n, n, 1, 4));
                    height(row, lines(cs.get(1), width[1] + width[2] + width[3] + width[4]));
                }
                case FUNDING_HEAD -> {
                    fundingStart = n;
                    cell(row, 0, cs.get(0), label);
                    cell(row, 1, cs.get(1), label);
                    cell(row, 2, "", label);
                    cell(row, 3, "", label);
                    cell(row, 4, cs.get(4), label);
                    sheet.addMergedRegion(new CellRangeAddress(n, n, 2, 3));
                }
                case INCOME, FISCAL, FISCAL_PART -> {
                    incomeEnd = n;
                    cell(row, 0, "", label);
                    cell(row, 1, "", label);
                    cell(row, 2, cs.get(2), label);
                    cell(row, 3, cs.get(3), label);
                    amountCell(row, 4, lr.amounts().get(4));
                    if (lr.kind() == FormLayout.Kind.INCOME) {
                        sheet.addMergedRegion(new CellRangeAddress(n, n, 2, 3));
                    } else if (lr.kind() == FormLayout.Kind.FISCAL) {
                        fiscalStart = n;
                    }
                }
                case EXPENSE_HEAD -> {
                    expenseStart = n;
                    expenseEnd = n;
                    cell(row, 0, "", label);
                    for (int c = 1; c < 5; c++) {
                        cell(row, c, cs.get(c), label);
                    }
                }
                case EXPENSE -> {
                    expenseEnd = n;
                    cell(row, 0, "", label);
                    cell(row, 1, "", label);
                    cell(row, 2, cs.get(2), text);
                    amountCell(row, 3, lr.amounts().get(3));
                    amountCell(row, 4, lr.amounts().get(4));
                    height(row, lines(cs.get(2), width[2]));
                }
                case INDICATOR_HEAD -> {
                    headRow = n;
                    for (int c = 0; c < 5; c++) {
                        cell(row, c, cs.get(c), head);
                    }
                    height(row, 2);
                }
                case INDICATOR -> {
                    if (!cs.get(0).isEmpty()) {
                        merge(sheet, l1Start, n - 1, 0);
                        l1Start = n;
                    }
                    if (!cs.get(1).isEmpty() || !cs.get(0).isEmpty()) {
                        merge(sheet, l2Start, n - 1, 1);
                        l2Start = n;
                    }
                    cell(row, 0, cs.get(0), center);
                    cell(row, 1, cs.get(1), center);
                    cell(row, 2, cs.get(2), text);
                    cell(row, 3, cs.get(3), center);
                    cell(row, 4, cs.get(4), center);
                    height(row, Math.max(lines(cs.get(2), width[2]),
                            Math.max(lines(cs.get(3), width[3]), lines(cs.get(4), width[4]))));
                }
                default -> throw new IllegalStateException(lr.kind().toString());
            }
        }
        int last = r0 + rows.size() - 1;
        merge(sheet, l1Start, last, 0);
        merge(sheet, l2Start, last, 1);
        merge(sheet, fundingStart, expenseEnd, 0);
        merge(sheet, fundingStart, incomeEnd, 1);
        merge(sheet, expenseStart, expenseEnd, 1);
        merge(sheet, fiscalStart, fiscalStart + 3, 2);

        XlsxPages.printable(sheet, false, headRow, headRow);
    }

    public void write(OutputStream out) {
        try {
            wb.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }

    private static void merge(Sheet sheet, int from, int to, int column) {
        XlsxStyles.merge(sheet, from, to, column);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        XlsxStyles.cell(row, column, value, style);
    }

    private void amountCell(Row row, int column, Optional<BigDecimal> value) {
        styles.amountCell(row, column, value);
    }

    private static void height(Row row, int lines) {
        XlsxStyles.height(row, lines);
    }

    static int lines(String s, int width) {
        return XlsxStyles.lines(s, width);
    }

    static int columns(String s) {
        return XlsxStyles.columns(s);
    }

    private String sheetName(String name) {
        String base = WorkbookUtil.createSafeSheetName(name.isBlank() ? "申报表" : name);
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        String candidate = base;
        for (int i = 2; !sheetNames.add(candidate); i++) {
            candidate = base + "(" + i + ")";
        }
        return candidate;
    }
}
