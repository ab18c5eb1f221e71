package cn.jixiao.shell;

import org.jline.utils.WCWidth;

import java.util.ArrayList;
import java.util.List;

/** Terminal text helpers that measure CJK characters as two columns (wcwidth), not String.length(). */
public final class Text {
    private Text() {
    }

    /** Display width in terminal columns. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    public static String padRight(String s, int columns) {
        int pad = columns - width(s);
        return pad <= 0 ? s : s + " ".repeat(pad);
    }

    public static String padLeft(String s, int columns) {
        int pad = columns - width(s);
        return pad <= 0 ? s : " ".repeat(pad) + s;
    }

    /** A plain table: columns separated by two spaces, each as wide as its widest cell. */
    public static final class Table {
        private final List<String[]> rows = new ArrayList<>();
        private final boolean[] rightAligned;

        public Table(int columns, int... rightAlignedColumns) {
            rightAligned = new boolean[columns];
            for (int c : rightAlignedColumns) {
                rightAligned[c] = true;
            }
        }

        public Table row(String... cells) {
            rows.add(cells);
            return this;
        }

        public List<String> lines() {
            int[] widths = new int[rightAligned.length];
            for (String[] r : rows) {
                for (int c = 0; c < r.length; c++) {
                    widths[c] = Math.max(widths[c], width(r[c]));
                }
            }
            List<String> out = new ArrayList<>();
            for (String[] r : rows) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < r.length; c++) {
                    boolean last = c == r.length - 1;
                    String cell = rightAligned[c] ? padLeft(r[c], widths[c]) : last ? r[c] : padRight(r[c], widths[c]);
                    sb.append(cell);
                    if (!last) {
                        sb.append("  ");
                    }
                }
                out.add(sb.toString().stripTrailing());
            }
            return out;
        }
    }
}
