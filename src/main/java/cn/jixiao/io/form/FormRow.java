package cn.jixiao.io.form;

import java.util.List;

/**
 * One row of a form as a reader sees it: the cells left to right (a line of text outside a table is a row of
 * one cell). {@code sheet} is null for text files; {@code line} is the one-based line or spreadsheet row.
 */
public record FormRow(String file, String sheet, int line, List<String> cells) {
    public FormRow {
        cells = List.copyOf(cells);
    }

    /** Where the row is: {@code file:line}, or {@code file[sheet]:row} for a spreadsheet. */
    public String location() {
        return sheet == null ? file + ":" + line : file + "[" + sheet + "]:" + line;
    }

    /** Where one cell is: {@code file:line}, or {@code file[sheet]!C12} for a spreadsheet. */
    public String location(int column) {
        return sheet == null ? location() : file + "[" + sheet + "]!" + columnName(column) + line;
    }

    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
