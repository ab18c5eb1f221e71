package cn.jixiao.io.form;

import cn.jixiao.declaration.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
        FormTableParser parser = new FormTableParser(file, sink);
        try (BufferedReader r = new BufferedReader(in)) {
            int line = 0;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                String t = text.strip();
                if (line == 1 && !t.isEmpty() && t.charAt(0) == '\uFEFF') {
                    t = t.substring(1).strip();
                }
                if (t.isEmpty()) {
                    continue;
                }
                if (t.charAt(0) == '|') {
                    if (isSeparator(t)) {
                        continue;
                    }
                    if (t.length() < 2 || t.charAt(t.length() - 1) != '|' || t.endsWith("\\|")) {
                        parser.fail(new DomainException("io.md.unclosed-row", file + ":" + line));
                        continue;
                    }
                    parser.row(new FormRow(file, null, line, cells(t)));
                } else {
                    String heading = t.replaceFirst("^#+\\s*", "");
                    parser.row(new FormRow(file, null, line, List.of(heading)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parser.finish();
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
        List<String> out = new ArrayList<>();
        int end = t.length() - 1;
        int start = 1;
        boolean escaped = false;
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < end && t.charAt(i + 1) == '|') {
                escaped = true;
                i++;
            } else if (c == '|') {
                out.add(cell(t, start, i, escaped));
                start = i + 1;
                escaped = false;
            }
        }
        out.add(cell(t, start, end, escaped));
        return out;
    }

    private static String cell(String t, int from, int to, boolean escaped) {
        while (from < to && Character.isWhitespace(t.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
            to--;
        }
        String s = t.substring(from, to);
        return escaped ? s.replace("\\|", "|").strip() : s;
    }
}
