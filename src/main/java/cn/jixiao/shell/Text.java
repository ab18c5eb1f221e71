package cn.jixiao.shell;

import org.jline.utils.WCWidth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

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

    /** Punctuation a Chinese line does not start with. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’%％";
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("\\d+(\\.\\d+)*\\.? ");

    /** A line that is not part of a table, wrapped to this thread's {@link OutputWidth} ({@link #wrap}). */
    public static List<String> fitted(String line, int hanging) {
        return wrap(line, OutputWidth.columns(), hanging);
    }

    /**
     * A view's lines, each wrapped to this thread's {@link OutputWidth} under its own indentation: titles and
     * messages around a table (which fits already) fit too.
     */
    public static List<String> fitAll(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.addAll(fitted(l, 0)));
        return out;
    }

    /**
     * Breaks {@code s} into lines of at most {@code width} columns: at the last space that leaves something on the
     * line, else between two characters (Chinese has no spaces; no character is cut). Continuation lines start
     * with the line's own leading spaces plus {@code hanging} more, or, after a position such as {@code 3.1.2 },
     * under the text that follows it (together at most half the width).
     */
    public static List<String> wrap(String s, int width, int hanging) {
        List<String> out = new ArrayList<>();
        if (width <= 0 || width(s) <= width) {
            out.add(s);
            return out;
        }
        int lead = 0;
        while (lead < s.length() && s.charAt(lead) == ' ') {
            lead++;
        }
        java.util.regex.Matcher number = NUMBERING.matcher(s).region(lead, s.length());
        int under = number.lookingAt() ? number.end() - lead : 0; // "3.1.2 名称…" continues under 名称
        String indent = " ".repeat(Math.max(0, Math.min(lead + Math.max(under, hanging), width / 2)));
        String rest = s;
        String prefix = "";
        while (true) {
            String line = prefix + rest;
            if (width(line) <= width) {
                out.add(line);
                return out;
            }
            int cut = fit(line, width);
            if (cut < line.length() && cut > 1 && NO_LINE_START.indexOf(line.charAt(cut)) >= 0
                    && !Character.isSurrogate(line.charAt(cut - 1))) {
                cut--; // a closing mark does not start a line: it goes down with the character before it
            }
            int space = line.lastIndexOf(' ', cut);
            int minCut = prefix.isEmpty() ? lead : prefix.length();
            if (space > minCut && cut < line.length() && line.charAt(cut) != ' ' && space > minCut + (cut - minCut) / 3) {
                out.add(line.substring(0, space).stripTrailing());
                rest = line.substring(space + 1).stripLeading();
            } else {
                if (cut <= minCut) { // not even one character fits after the indent: take one anyway
                    cut = line.offsetByCodePoints(minCut, 1);
                }
                out.add(line.substring(0, cut).stripTrailing());
                rest = line.substring(cut).stripLeading();
            }
            prefix = indent;
            if (rest.isEmpty()) {
                return out;
            }
        }
    }

    /** The largest index such that {@code s.substring(0, index)} is at most {@code width} columns wide. */
    private static int fit(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > width) {
                return i;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s.length();
    }

    /**
     * The console's one table renderer: columns separated by two spaces, each as wide as its widest cell. When the
     * table is wider than the output ({@link OutputWidth}), columns give up width where that costs the fewest extra
     * screen lines, and cells wrap inside their column, aligned, so that no line runs past the margin; with no limit
     * ({@code --wide}, or a script's pipe) every cell stays on one line.
     */
    public static final class Table {
        /** A column is not narrowed below this (or its natural width, when smaller). */
        private static final int MIN_COLUMN = 6;
        private static final String GAP = "  ";
        /** An extra screen line of the heading (the first row) weighs this many lines of the body. */
        private static final int HEADING_WEIGHT = 3;

        private final List<String[]> rows = new ArrayList<>();
        private final boolean[] rightAligned;
        /** Columns left out when the table does not fit and no row below the heading fills them. */
        private final Set<Integer> optional = new TreeSet<>();

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

        /**
         * Marks columns that may be left out when the table is wider than the terminal and none of its rows below the
         * heading holds anything there (blank or —): a narrow terminal loses no text, only empty columns.
         */
        public Table optional(int... columns) {
            for (int c : columns) {
                optional.add(c);
            }
            return this;
        }

        private boolean empty(int column) {
            for (String[] r : rows.subList(Math.min(1, rows.size()), rows.size())) {
                if (column < r.length && !r[column].isBlank() && !r[column].equals("—")) {
                    return false;
                }
            }
            return true;
        }

        /** This table without {@code dropped} columns. */
        private Table without(Set<Integer> dropped) {
            int[] kept = IntStream.range(0, rightAligned.length).filter(c -> !dropped.contains(c)).toArray();
            Table t = new Table(kept.length, IntStream.range(0, kept.length).filter(i -> rightAligned[kept[i]]).toArray());
            for (String[] r : rows) {
                t.row(Arrays.stream(kept).mapToObj(c -> c < r.length ? r[c] : "").toArray(String[]::new));
            }
            return t;
        }

        /** The table's lines, fitted to this thread's {@link OutputWidth}. */
        public List<String> lines() {
            return lines(OutputWidth.columns());
        }

        /** The table's lines, fitted to {@code maxWidth} columns ({@link OutputWidth#UNLIMITED}: not limited). */
        public List<String> lines(int maxWidth) {
            int[] widths = new int[rightAligned.length];
            for (String[] r : rows) {
                for (int c = 0; c < r.length; c++) {
                    widths[c] = Math.max(widths[c], width(r[c]));
                }
            }
            if (maxWidth > 0 && total(widths) > maxWidth) {
                Set<Integer> dropped = new TreeSet<>();
                optional.stream().filter(this::empty).forEach(dropped::add);
                if (!dropped.isEmpty()) {
                    return without(dropped).lines(maxWidth);
                }
            }
            boolean fitted = false;
            if (maxWidth > 0) {
                int excess;
                while ((excess = total(widths) - maxWidth) > 0 && narrow(widths, excess)) {
                    fitted = true;
                }
            }
            List<String> out = new ArrayList<>();
            for (String[] r : rows) {
                List<List<String>> cells = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < r.length; c++) {
                    List<String> parts = fitted ? wrap(r[c], widths[c], 0) : List.of(r[c]);
                    cells.add(parts);
                    height = Math.max(height, parts.size());
                }
                for (int line = 0; line < height; line++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < r.length; c++) {
                        boolean last = c == r.length - 1;
                        String part = line < cells.get(c).size() ? cells.get(c).get(line) : "";
                        String cell = rightAligned[c] ? padLeft(part, widths[c]) : last ? part : padRight(part, widths[c]);
                        sb.append(cell);
                        if (!last) {
                            sb.append(GAP);
                        }
                    }
                    out.add(sb.toString().stripTrailing());
                }
            }
            return out;
        }

        private static int total(int[] widths) {
            int sum = GAP.length() * Math.max(0, widths.length - 1);
            for (int w : widths) {
                sum += w;
            }
            return sum;
        }

        /**
         * Narrows the one column where giving up width costs the fewest extra screen lines per column given up
         * (looking at every width it may shrink to, at most {@code excess} narrower): long text wraps before short
         * values do, and a heading above short values wraps when that is all it takes. False when no column may
         * shrink (the table then stays wider than asked).
         */
        private boolean narrow(int[] widths, int excess) {
            int now = cost(widths);
            int bestColumn = -1;
            int bestWidth = 0;
            int bestOriginal = 0;
            double bestRatio = Double.MAX_VALUE;
            for (int c = 0; c < widths.length; c++) {
                int original = widths[c];
                for (int w = original - 1; w >= MIN_COLUMN && original - w <= excess; w--) {
                    widths[c] = w;
                    double ratio = (cost(widths) - now) / (double) (original - w);
                    // cheaper per column wins; on a tie the wider column (its text has the most room to lose)
                    if (ratio < bestRatio - 1e-9 || (Math.abs(ratio - bestRatio) <= 1e-9
                            && (original > bestOriginal || (c == bestColumn && w < bestWidth)))) {
                        bestRatio = ratio;
                        bestColumn = c;
                        bestWidth = w;
                        bestOriginal = original;
                    }
                }
                widths[c] = original;
            }
            if (bestColumn < 0) {
                return false;
            }
            widths[bestColumn] = bestWidth;
            return true;
        }

        /** Screen lines the table takes with these widths, an extra line of the heading counting {@link #HEADING_WEIGHT}. */
        private int cost(int[] widths) {
            int total = 0;
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                int h = 1;
                for (int c = 0; c < r.length; c++) {
                    if (width(r[c]) > widths[c]) {
                        h = Math.max(h, wrap(r[c], widths[c], 0).size());
                    }
                }
                total += i == 0 ? 1 + HEADING_WEIGHT * (h - 1) : h;
            }
            return total;
        }
    }
}
