package cn.jixiao.io.form;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines of a text as {@link BufferedReader#readLine} gives them, however the text arrives. */
class TextLinesTest {

    /** A reader that hands out at most {@code step} characters per read: lines cross every buffer boundary. */
    private static Reader trickle(String text, int step) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (at == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(len, step), text.length() - at);
                text.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<String> lines(Reader in) throws IOException {
        List<String> out = new ArrayList<>();
        TextLines lines = new TextLines(in);
        while (lines.advance()) {
            out.add(lines.line());
        }
        return out;
    }

    private static List<String> readLines(String text) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new StringReader(text));
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            out.add(s);
        }
        return out;
    }

    @Test
    void linesEndAsReadLineEndsThem() throws IOException {
        String long1 = "| 项目名称 | " + "长".repeat(200_000) + " |";
        for (String text : List.of("", "\n", "a", "a\n", "a\r\nb\rc\n\nd", "\r\r\n\n", "| 一级指标 |\r\n| 决策 |\r",
                "x\r", long1 + "\r\n" + long1, "末行没有换行")) {
            for (int step : new int[] {1, 2, 3, 7, 1 << 20}) {
                assertThat(lines(trickle(text, step))).as("%s in steps of %d", text.length() > 40 ? "long" : text, step)
                        .isEqualTo(readLines(text));
            }
        }
    }

    @Test
    void aPoolGivesTheSameStringForTheSameText() {
        CellPool pool = new CellPool();
        char[] b = "|充分|合规|充分|Aa|BB|".toCharArray(); // "Aa" and "BB" have the same hash code
        String first = pool.of(b, 1, 3);
        assertThat(first).isEqualTo("充分");
        assertThat(pool.of(b, 7, 9)).isSameAs(first);
        assertThat(pool.of(b, 4, 6)).isEqualTo("合规");
        assertThat(pool.of(b, 10, 12)).isEqualTo("Aa");
        assertThat(pool.of(b, 13, 15)).isEqualTo("BB");
        assertThat(pool.of(b, 10, 12)).isEqualTo("Aa");
        assertThat(pool.of(b, 3, 3)).isEmpty();
    }

    @Test
    void theParsersSpaceIsJavasWhitespace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(FormTableParser.isSpace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
        }
    }
}
