package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes declarations as printable official forms, one sheet each: title, 年度, the header fields, 项目资金
 * (收入 amounts, 支出 lines), 中长期目标/年度目标 and the indicator table with merged 一级/二级 cells, thin borders,
 * wrapped text, column widths that fit Chinese text, A4 fitted to the page width. Amounts are number cells whose
 * format shows the decimals they have, so {@link XlsxFormReader} reads them back exactly.
 */
public final class XlsxFormWriter implements AutoCloseable {
    private static final String FONT = "宋体";
    /** Column widths in characters (a CJK character counts two), for columns A–E. */
    private static final int[] MIN = {12, 14, 16, 14, 14};
    private static final int[] MAX = {14, 18, 40, 22, 22};

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Set<String> sheetNames = new HashSet<>();
    private final CellStyle title;
    private final CellStyle year;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle center;
    private final CellStyle head;
    private final Map<Integer, CellStyle> amountStyles = new HashMap<>();

    public XlsxFormWriter() {
        Font big = wb.createFont();
        big.setFontName(FONT);
        big.setBold(true);
        big.setFontHeightInPoints((short) 18);
        Font normal = wb.createFont();
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 11);
        Font bold = wb.createFont();
        bold.setFontName(FONT);
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 11);
        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        year = wb.createCellStyle();
        year.setFont(normal);
        year.setAlignment(HorizontalAlignment.CENTER);
        label = bordered(normal, HorizontalAlignment.CENTER);
        text = bordered(normal, HorizontalAlignment.LEFT);
        center = bordered(normal, HorizontalAlignment.CENTER);
        head = bordered(bold, HorizontalAlignment.CENTER);
    }

    private CellStyle bordered(Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private CellStyle amount(int scale) {
        return amountStyles.computeIfAbsent(scale, sc -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(center);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setDataFormat(wb.createDataFormat().getFormat(sc <= 0 ? "0" : "0." + "0".repeat(sc)));
            return s;
        });
    }

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
        for (int c = 0; c < FormLayout.COLUMNS; c++) {
            sheet.setColumnWidth(c, width[c] * 256 + 200);
        }
        Row t = sheet.createRow(0);
        t.setHeightInPoints(36);
        cell(t, 0, FormLayout.TITLE, title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        Row y = sheet.createRow(1);
        y.setHeightInPoints(20);
        cell(y, 0, d.header().year() + "年度", year);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));

        int r0 = 2;
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

        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
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
        if (from >= 0 && to > from) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, column, column));
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        if (!value.isEmpty()) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }

    private void amountCell(Row row, int column, Optional<BigDecimal> value) {
        Cell c = row.createCell(column);
        if (value.isPresent()) {
            c.setCellValue(value.get().doubleValue());
            c.setCellStyle(amount(Math.max(0, value.get().scale())));
        } else {
            c.setCellStyle(center);
        }
    }

    private static void height(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409, lines * 15f + 4));
        } else {
            row.setHeightInPoints(20);
        }
    }

    /** Lines {@code s} takes when wrapped in a cell {@code width} characters wide. */
    static int lines(String s, int width) {
        int total = 0;
        for (String line : s.split("\n", -1)) {
            total += Math.max(1, (columns(line) + width - 3) / Math.max(1, width - 2));
        }
        return total;
    }

    /** Display width: CJK and full-width characters count two. */
    static int columns(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp == 0x2265 || cp == 0x2264) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
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
