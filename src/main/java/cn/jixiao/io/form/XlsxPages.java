package cn.jixiao.io.form;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * How jixiao's xlsx forms print, shared by the 目标表, the 自评表 and the 监控表: A4 (portrait or landscape) with
 * columns that fit the printable width at 100 %, the table's heading rows repeated on every page after the
 * first, {@code 第 1 页 共 2 页} in the footer, and page breaks chosen from the rows' heights so that a break
 * falls between 二级 groups (a merged 一级 cut by a break is split, its name repeated on the next page) and the
 * last page never holds fewer than {@value #MIN_LAST_PAGE_ROWS} rows.
 */
public final class XlsxPages {
    /** The footer every page carries. */
    public static final String FOOTER = "第 &P 页 共 &N 页";
    /** Margins in inches: left/right, top/bottom, header/footer. */
    static final double SIDE = 0.5;
    static final double TOP = 0.6;
    static final double FOOTER_MARGIN = 0.3;
    /** The fewest rows the last page may hold (a lone 合计 under a break is what a reviewer sends back). */
    public static final int MIN_LAST_PAGE_ROWS = 3;
    private static final double A4_SHORT = 595.3;
    private static final double A4_LONG = 841.9;
    /** Fraction of the page body the breaks plan for: printers and fonts differ a little from the estimate. */
    private static final double SAFETY = 0.95;

    private XlsxPages() {
    }

    /** The printable width of an A4 page in points. */
    public static double printableWidth(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * SIDE * 72;
    }

    /** The printable height of an A4 page in points (between top and bottom margins). */
    public static double printableHeight(boolean landscape) {
        return (landscape ? A4_SHORT : A4_LONG) - 2 * TOP * 72;
    }

    /** A column's printed width in points, as Excel and LibreOffice compute it from the width in 1/256 characters. */
    public static double columnPoints(Sheet sheet, int column) {
        return sheet.getColumnWidthInPixels(column) * 0.75;
    }

    /**
     * Sets the widths (in characters) of the first columns, shrinking the widest ones when their sum would not
     * fit the printable width, so the page needs no scaling and rows break where {@link #paginate} plans.
     */
    public static int[] columns(Sheet sheet, boolean landscape, int[] chars) {
        int[] w = chars.clone();
        while (points(w) > printableWidth(landscape) - 6) {
            int widest = 0;
            for (int c = 1; c < w.length; c++) {
                if (w[c] > w[widest]) {
                    widest = c;
                }
            }
            w[widest]--;
        }
        for (int c = 0; c < w.length; c++) {
            sheet.setColumnWidth(c, w[c] * 256 + 200);
        }
        return w;
    }

    private static double points(int[] chars) {
        double sum = 0;
        for (int c : chars) {
            // Excel's rule for the 7-pixel digit of the default font: width in pixels, then 3/4 point a pixel
            sum += Math.floor(((c * 256 + 200) / 256.0 * 7 + 0.5)) * 0.75;
        }
        return sum;
    }

    /**
     * A4 in the orientation asked, fitted to one page wide, centred, the forms' margins, page numbers in the
     * footer and rows {@code repeatFirst}–{@code repeatLast} printed atop every page ({@code repeatFirst} < 0:
     * none); then the page breaks ({@link #paginate}).
     */
    public static void printable(Sheet sheet, boolean landscape, int repeatFirst, int repeatLast) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, SIDE);
        sheet.setMargin(Sheet.RightMargin, SIDE);
        sheet.setMargin(Sheet.TopMargin, TOP);
        sheet.setMargin(Sheet.BottomMargin, TOP);
        sheet.setMargin(Sheet.HeaderMargin, FOOTER_MARGIN);
        sheet.setMargin(Sheet.FooterMargin, FOOTER_MARGIN);
        sheet.getFooter().setCenter(FOOTER);
        if (repeatFirst >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFirst, repeatLast, -1, -1));
        }
        paginate(sheet, landscape, repeatFirst, repeatLast);
    }

    /**
     * Places page breaks: a page is filled up to its height; the break goes before the lowest row that cuts no
     * merged cell in the lower half of the page, else before the row that cuts the fewest (those are split and
     * their text repeated); never right after the repeated heading rows; the last page gets at least
     * {@value #MIN_LAST_PAGE_ROWS} rows.
     */
    static void paginate(Sheet sheet, boolean landscape, int repeatFirst, int repeatLast) {
        int last = sheet.getLastRowNum();
        if (last < 0) {
            return;
        }
        double[] h = new double[last + 1];
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            h[r] = row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        double repeat = 0;
        if (repeatFirst >= 0) {
            for (int r = repeatFirst; r <= repeatLast; r++) {
                repeat += h[r];
            }
        }
        double capacity = printableHeight(landscape) * SAFETY;
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        List<Integer> starts = new ArrayList<>(); // the first row of each page after the first
        int start = 0;
        double used = 0;
        for (int r = 0; r <= last; r++) {
            if (used + h[r] > capacity && r > start) {
                int b = choose(merged, h, start, r, capacity, repeatFirst, repeatLast);
                starts.add(b);
                start = b;
                used = (repeatFirst >= 0 && b > repeatLast ? repeat : 0) + sum(h, b, r);
            }
            used += h[r];
        }
        if (!starts.isEmpty() && last + 1 - starts.get(starts.size() - 1) < MIN_LAST_PAGE_ROWS) {
            int k = starts.size() - 1;
            int previous = k == 0 ? 0 : starts.get(k - 1);
            int limit = Math.min(starts.get(k) - 1, last + 1 - MIN_LAST_PAGE_ROWS);
            int best = -1;
            int bestCost = Integer.MAX_VALUE;
            for (int b = limit; b > previous + 1; b--) {
                if (repeat + sum(h, b, last + 1) > capacity || afterHeading(b, repeatFirst, repeatLast)) {
                    continue;
                }
                int cost = cost(merged, b);
                if (cost < bestCost) {
                    best = b;
                    bestCost = cost;
                }
            }
            if (best > 0) {
                starts.set(k, best);
            }
        }
        for (int b : starts) {
            split(sheet, b);
            sheet.setRowBreak(b - 1);
        }
    }

    private static boolean afterHeading(int b, int repeatFirst, int repeatLast) {
        return repeatFirst >= 0 && b - 1 >= repeatFirst && b - 1 <= repeatLast || b <= 2;
    }

    private static int choose(List<CellRangeAddress> merged, double[] h, int start, int r, double capacity,
                              int repeatFirst, int repeatLast) {
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int b = r; b > start; b--) {
            if (afterHeading(b, repeatFirst, repeatLast)) {
                continue;
            }
            if (sum(h, start, b) < capacity / 2 && best > 0) {
                break;
            }
            int cost = cost(merged, b);
            if (cost < bestCost) {
                best = b;
                bestCost = cost;
            }
            if (cost == 0) {
                break;
            }
        }
        return best > 0 ? best : r;
    }

    /** How many merged cells a break before row {@code b} would cut. */
    private static int cost(List<CellRangeAddress> merged, int b) {
        int n = 0;
        for (CellRangeAddress a : merged) {
            if (a.getFirstRow() < b && b <= a.getLastRow()) {
                n++;
            }
        }
        return n;
    }

    private static double sum(double[] h, int from, int to) {
        double s = 0;
        for (int r = from; r < to; r++) {
            s += h[r];
        }
        return s;
    }

    /** Splits every merged cell that a break before row {@code b} cuts; the lower part repeats the text. */
    private static void split(Sheet sheet, int b) {
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress a = sheet.getMergedRegion(i);
            if (a.getFirstRow() < b && b <= a.getLastRow()) {
                sheet.removeMergedRegion(i);
                add(sheet, new CellRangeAddress(a.getFirstRow(), b - 1, a.getFirstColumn(), a.getLastColumn()));
                add(sheet, new CellRangeAddress(b, a.getLastRow(), a.getFirstColumn(), a.getLastColumn()));
                Cell top = cell(sheet, a.getFirstRow(), a.getFirstColumn());
                if (top.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    Cell below = cell(sheet, b, a.getFirstColumn());
                    CellStyle style = top.getCellStyle();
                    below.setCellValue(top.getStringCellValue());
                    below.setCellStyle(style);
                }
            }
        }
    }

    private static void add(Sheet sheet, CellRangeAddress a) {
        if (a.getNumberOfCells() > 1) {
            sheet.addMergedRegion(a);
        }
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }
}
