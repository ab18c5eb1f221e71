package cn.jixiao.io.form;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The look of jixiao's printable xlsx forms, shared by every form written: 宋体, a bold 18-point title, a centred
 * year line, thin borders, wrapped text, amounts as number cells showing the decimals they have, row heights and
 * column widths that fit Chinese text; the page itself is {@link XlsxPages}'.
 */
public final class XlsxStyles {
    private static final String FONT = "宋体";

    private final XSSFWorkbook wb;
    /** Title line (bold 18 pt, centred, no border). */
    public final CellStyle title;
    /** Year / sub-title line (centred, no border). */
    public final CellStyle year;
    /** A bordered label cell (centred). */
    public final CellStyle label;
    /** A bordered text cell (left-aligned, wrapped). */
    public final CellStyle text;
    /** A bordered centred cell. */
    public final CellStyle center;
    /** A bordered bold heading cell. */
    public final CellStyle head;
    private final Map<Integer, CellStyle> amountStyles = new HashMap<>();

    public XlsxStyles(XSSFWorkbook wb) {
        this.wb = wb;
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

    /** A bordered right-aligned number cell showing {@code scale} decimals. */
    public CellStyle amount(int scale) {
        return amountStyles.computeIfAbsent(scale, sc -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(center);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setDataFormat(wb.createDataFormat().getFormat(sc <= 0 ? "0" : "0." + "0".repeat(sc)));
            return s;
        });
    }

    /** An amount cell: the number with the decimals it has, or an empty bordered cell. */
    public void amountCell(Row row, int column, Optional<BigDecimal> value) {
        Cell c = row.createCell(column);
        if (value.isPresent()) {
            c.setCellValue(value.get().doubleValue());
            c.setCellStyle(amount(Math.max(0, value.get().scale())));
        } else {
            c.setCellStyle(center);
        }
    }

    /** Merges rows {@code from}–{@code to} of {@code column} when they are more than one. */
    public static void merge(Sheet sheet, int from, int to, int column) {
        if (from >= 0 && to > from) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, column, column));
        }
    }

    /** A text cell ({@code value} "" leaves it empty) with {@code style}. */
    public static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        if (!value.isEmpty()) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
    }

    /** A row tall enough for {@code lines} lines of text (20 pt for one). */
    public static void height(Row row, int lines) {
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409, lines * 15f + 4));
        } else {
            row.setHeightInPoints(20);
        }
    }

    /** Lines {@code s} takes when wrapped in a cell {@code width} characters wide. */
    public static int lines(String s, int width) {
        int total = 0;
        for (String line : s.split("\n", -1)) {
            total += Math.max(1, (columns(line) + width - 3) / Math.max(1, width - 2));
        }
        return total;
    }

    /** Display width: CJK and full-width characters count two. */
    public static int columns(String s) {
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

    /** A bordered right-aligned number cell with two decimals (scores, weights, rates: 9.50, not 9.5). */
    public CellStyle fixed2() {
        return amount(2);
    }

    /** A two-decimal number cell (right-aligned), or an empty bordered one. */
    public void fixedCell(Row row, int column, Optional<BigDecimal> value) {
        Cell c = row.createCell(column);
        c.setCellStyle(value.isPresent() ? fixed2() : center);
        value.ifPresent(v -> c.setCellValue(v.doubleValue()));
    }

    /** A two-decimal number cell centred under a wide heading, or an empty bordered one. */
    public void fixedCentred(Row row, int column, Optional<BigDecimal> value) {
        fixedCell(row, column, value);
        if (value.isPresent()) {
            if (fixedCentred == null) {
                fixedCentred = wb.createCellStyle();
                fixedCentred.cloneStyleFrom(fixed2());
                fixedCentred.setAlignment(HorizontalAlignment.CENTER);
            }
            row.getCell(column).setCellStyle(fixedCentred);
        }
    }

    private CellStyle fixedCentred;

    /** One part of a row: columns {@code from}–{@code to} merged, holding {@code text}. */
    public record Span(int from, int to, String text, CellStyle style) {
    }

    /**
     * A row of spans (each merged over its columns, bordered cells created across) {@code lines} of text tall, or
     * as tall as the longest text needs in its span when {@code lines} is 0.
     */
    public static Row spans(Sheet sheet, int n, int lines, Span... spans) {
        Row row = sheet.getRow(n) == null ? sheet.createRow(n) : sheet.getRow(n);
        int need = 1;
        for (Span s : spans) {
            for (int c = s.from(); c <= s.to(); c++) {
                cell(row, c, c == s.from() ? s.text() : "", s.style());
            }
            if (s.to() > s.from()) {
                sheet.addMergedRegion(new CellRangeAddress(n, n, s.from(), s.to()));
            }
            int chars = 0;
            for (int c = s.from(); c <= s.to(); c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            need = Math.max(need, lines(s.text(), chars));
        }
        height(row, lines > 0 ? lines : need);
        return row;
    }

    /** The title (bold, merged over columns 0–{@code last}) and the line under it; returns the next row. */
    public int titleRows(Sheet sheet, String titleText, String subtitle, int last) {
        Row t = sheet.createRow(0);
        t.setHeightInPoints(36);
        cell(t, 0, titleText, title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row y = sheet.createRow(1);
        y.setHeightInPoints(20);
        cell(y, 0, subtitle, year);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        return 2;
    }

    /**
     * An indicator table from row {@code n}: the bold heading row, then one row a line of {@code cells} as tall as
     * its longest text needs in {@code widths}, the columns {@code numbers} accepts as two-decimal number cells,
     * those {@code left} accepts left-aligned (the rest centred), 一级 (column 0) and 二级 (column 1) merged over
     * their runs. Returns the last row written.
     */
    public int indicatorTable(Sheet sheet, int n, java.util.List<String> headings, java.util.List<String[]> cells,
                              int[] widths, java.util.function.IntPredicate numbers, java.util.function.IntPredicate left) {
        Row h = sheet.createRow(n);
        for (int i = 0; i < headings.size(); i++) {
            cell(h, i, headings.get(i), head);
        }
        height(h, 2);
        int first = n + 1;
        for (String[] c : cells) {
            Row row = sheet.createRow(++n);
            int lines = 1;
            for (int i = 0; i < c.length; i++) {
                if (numbers.test(i) && !c[i].isEmpty()) {
                    fixedCell(row, i, Optional.of(new BigDecimal(c[i])));
                } else {
                    cell(row, i, c[i], left.test(i) ? text : center);
                }
                lines = Math.max(lines, lines(c[i], widths[i]));
            }
            height(row, lines);
        }
        mergeRuns(sheet, cells, first, 0);
        mergeRuns(sheet, cells, first, 1);
        return n;
    }

    /**
     * Merges the runs of equal non-empty cells of column {@code col} in {@code cells} (written from row
     * {@code first}); a 二级 run ({@code col} > 0) stays within its 一级.
     */
    public static void mergeRuns(Sheet sheet, java.util.List<String[]> cells, int first, int col) {
        int start = 0;
        for (int k = 1; k <= cells.size(); k++) {
            boolean same = k < cells.size() && !cells.get(k)[col].isEmpty()
                    && cells.get(k)[col].equals(cells.get(start)[col])
                    && (col == 0 || cells.get(k)[0].equals(cells.get(start)[0]));
            if (!same) {
                merge(sheet, first + start, first + k - 1, col);
                start = k;
            }
        }
    }
}
