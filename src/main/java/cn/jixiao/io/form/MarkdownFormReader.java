package cn.jixiao.io.form;

import cn.jixiao.model.DomainException;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads official forms from Markdown (PDF or Word conversions, or what {@link MarkdownFormWriter} writes): one
 * document, any number of forms. Table rows ({@code | … |}) become rows of cells; other non-blank lines
 * (headings, {@code **title**}, {@code 2026年度}) rows of one cell. The recognising is {@link FormTableParser}'s.
 * A table row that is not closed by {@code |} makes its form unreadable (a truncated table).
 */
public final class MarkdownFormReader {
    private MarkdownFormReader() {
    }

    public static void read(Reader in, String file, Consumer<ImportedForm> sink) {
        CellPool pool = new CellPool();
        FormTableParser.readLines(in, file, sink, (parser, number, text) -> {
            char[] b = text.buffer();
            int from = text.start();
            int to = text.stop();
            while (from < to && FormTableParser.isSpace(b[from])) {
                from++;
            }
            while (to > from && FormTableParser.isSpace(b[to - 1])) {
                to--;
            }
            if (from == to || b[from] == '|' && isSeparator(b, from, to) || isComment(b, from, to)) {
                return; // an HTML comment: no reader of the page sees it
            }
            if (b[from] != '|') {
                parser.row(new FormRow(file, null, number, List.of(heading(b, from, to, pool))));
            } else if (to - from < 2 || b[to - 1] != '|' || b[to - 2] == '\\') {
                parser.fail(new DomainException("io.md.unclosed-row", file + ":" + number));
            } else {
                parser.row(new FormRow(file, null, number, cells(b, from, to, pool)));
            }
        });
    }

    private static boolean isComment(char[] b, int from, int to) {
        return to - from >= 5 && b[from] == '<' && b[from + 1] == '!' && b[from + 2] == '-' && b[from + 3] == '-'
                && b[to - 3] == '-' && b[to - 2] == '-' && b[to - 1] == '>';
    }

    /** {@code t} without a heading's leading {@code #}s and the spaces after them ({@code ^#+\s*}). */
    static String heading(String t) {
        return heading(t.toCharArray(), 0, t.length(), null);
    }

    private static String heading(char[] b, int from, int to, CellPool pool) {
        int i = from;
        while (i < to && b[i] == '#') {
            i++;
        }
        if (i > from) {
            while (i < to && isRegexSpace(b[i])) {
                i++;
            }
        }
        return text(b, i, to, pool);
    }

    private static String text(char[] b, int from, int to, CellPool pool) {
        return pool == null ? new String(b, from, to - from) : pool.of(b, from, to);
    }

    /** The regex {@code \s}: ASCII whitespace only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isSeparator(String t) {
        return isSeparator(t.toCharArray(), 0, t.length());
    }

    private static boolean isSeparator(char[] b, int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = b[i];
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }

    /**
     * The cells of {@code | a | b \\| c |}, each stripped of surrounding whitespace: split on unescaped pipes,
     * {@code \\|} unescaped.
     */
    static List<String> cells(String t) {
        return cells(t.toCharArray(), 0, t.length(), null);
    }

    /** {@link #cells(String)} of the row {@code b[from, to)}, which starts and ends with a pipe. */
    private static List<String> cells(char[] b, int from, int to, CellPool pool) {
        String[] out = pool == null ? new String[8] : pool.row;
        int count = 0;
        int end = to - 1;
        int start = from + 1;
        boolean escaped = false;
        for (int i = start; i <= end; i++) {
            if (b[i] != '|') {
                continue;
            }
            if (i < end && b[i - 1] == '\\') {
                escaped = true; // a pipe right after a backslash is an escaped one (\\|), part of the cell
                continue;
            }
            if (count == out.length) {
                out = java.util.Arrays.copyOf(out, count * 2);
                if (pool != null) {
                    pool.row = out;
                }
            }
            out[count++] = cell(b, start, i, escaped, pool);
            start = i + 1;
            escaped = false;
        }
        return listOf(out, count);
    }

    /**
     * The first {@code n} of {@code a} as an unmodifiable list (what {@link FormRow} keeps without copying), in one
     * array for the usual widths: the fixed-length {@code List.of} take their arguments as they are, the array
     * one copies its array.
     */
    private static List<String> listOf(String[] a, int n) {
        return switch (n) {
            case 1 -> List.of(a[0]);
            case 2 -> List.of(a[0], a[1]);
            case 3 -> List.of(a[0], a[1], a[2]);
            case 4 -> List.of(a[0], a[1], a[2], a[3]);
            case 5 -> List.of(a[0], a[1], a[2], a[3], a[4]);
            case 6 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5]);
            default -> List.of(java.util.Arrays.copyOf(a, n));
        };
    }

    private static String cell(char[] b, int from, int to, boolean escaped, CellPool pool) {
        while (from < to && FormTableParser.isSpace(b[from])) {
            from++;
        }
        while (to > from && FormTableParser.isSpace(b[to - 1])) {
            to--;
        }
        String s = text(b, from, to, pool);
        return escaped ? s.replace("\\|", "|").strip() : s;
    }
}
