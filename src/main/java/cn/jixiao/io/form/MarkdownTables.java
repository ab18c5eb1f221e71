package cn.jixiao.io.form;

import java.util.List;

/** Markdown tables as the exported forms write them: cells escaped, one line a row. */
public final class MarkdownTables {
    private MarkdownTables() {
    }

    /**
     * A table: the headings, the {@code rule} line under them, then the rows; with {@code blankRepeats} an
     * indicator table's 一级 (column 0) and 二级 (column 1) names stand on their first row only, as on the printed form.
     */
    public static void table(StringBuilder sb, List<String> headings, String rule, List<String[]> rows,
                             boolean blankRepeats) {
        sb.append("| ").append(String.join(" | ", headings)).append(" |\n").append(rule).append('\n');
        rows(sb, rows, blankRepeats);
    }

    /** The rows of a table (see {@link #table} for {@code blankRepeats}). */
    public static void rows(StringBuilder sb, List<String[]> rows, boolean blankRepeats) {
        String l1 = null;
        String l2 = null;
        for (String[] c : rows) {
            String[] shown = c.clone();
            if (blankRepeats && !c[0].isEmpty() && c[0].equals(l1)) {
                shown[0] = "";
                if (c[1].equals(l2)) {
                    shown[1] = "";
                }
            }
            l1 = c[0];
            l2 = c[1];
            row(sb, shown);
        }
    }

    /** One row. */
    public static void row(StringBuilder sb, String... cells) {
        sb.append("| ");
        for (int i = 0; i < cells.length; i++) {
            sb.append(cell(cells[i])).append(i + 1 < cells.length ? " | " : " |\n");
        }
    }

    /** A cell's text: {@code |} escaped, line breaks as spaces. */
    public static String cell(String s) {
        return s.replace("|", "\\|").replace("\r\n", " ").replace("\n", " ");
    }
}
