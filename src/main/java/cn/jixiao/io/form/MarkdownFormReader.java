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
        FormTableParser.readLines(in, file, sink, (parser, line, text) -> {
            String t = text.strip();
            if (t.isEmpty() || t.charAt(0) == '|' && isSeparator(t)
                    || t.startsWith("<!--") && t.endsWith("-->")) { // an HTML comment: no reader of the page sees it
                return;
            }
            if (t.charAt(0) != '|') {
                parser.row(new FormRow(file, null, line, List.of(heading(t))));
            } else if (t.length() < 2 || t.charAt(t.length() - 1) != '|' || t.endsWith("\\|")) {
                parser.fail(new DomainException("io.md.unclosed-row", file + ":" + line));
            } else {
                parser.row(new FormRow(file, null, line, cells(t)));
            }
        });
    }

    /** {@code t} without a heading's leading {@code #}s and the spaces after them ({@code ^#+\s*}). */
    static String heading(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) == '#') {
            i++;
        }
        if (i == 0) {
            return t;
        }
        while (i < t.length() && isRegexSpace(t.charAt(i))) {
            i++;
        }
        return t.substring(i);
    }

    /** The regex {@code \s}: ASCII whitespace only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isSeparator(String t) {
        boolean dash = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }

    /**
     * The cells of {@code | a | b \| c |}, each stripped of surrounding whitespace: split on unescaped pipes,
     * {@code \|} unescaped.
     */
    static List<String> cells(String t) {
        String[] out = new String[8];
        int count = 0;
        int end = t.length() - 1;
        int start = 1;
        boolean escaped = false;
        // each pipe before the closing one is found with indexOf (a vectorised search, not char by char); a pipe
        // right after a backslash is an escaped one (\|), part of the cell
        for (int i = t.indexOf('|', 1); i >= 0 && i < end; i = t.indexOf('|', i + 1)) {
            if (t.charAt(i - 1) == '\\') {
                escaped = true;
            } else {
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = cell(t, start, i, escaped);
                start = i + 1;
                escaped = false;
            }
        }
        if (count == out.length) {
            out = java.util.Arrays.copyOf(out, count + 1);
        }
        out[count++] = cell(t, start, end, escaped);
        // an unmodifiable list already: the row (FormRow) takes it without copying it twice more
        return List.of(count == out.length ? out : java.util.Arrays.copyOf(out, count));
    }

    private static String cell(String t, int from, int to, boolean escaped) {
        while (from < to && FormTableParser.isSpace(t.charAt(from))) {
            from++;
        }
        while (to > from && FormTableParser.isSpace(t.charAt(to - 1))) {
            to--;
        }
        String s = t.substring(from, to);
        return escaped ? s.replace("\\|", "|").strip() : s;
    }
}
