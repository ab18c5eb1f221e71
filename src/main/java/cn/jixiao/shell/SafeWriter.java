package cn.jixiao.shell;

import cn.jixiao.model.ControlChars;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What commands print goes through this writer: a control character other than line feed and tab (ESC, BEL, CR,
 * U+202E …) is written as the text {@code \}{@code uXXXX}, so that no stored or imported value can drive the
 * terminal. (In JSON output that escape means the same character.)
 */
final class SafeWriter extends FilterWriter {
    SafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c)) {
            out.write(escape((char) c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (unsafe(buf[i])) {
                out.write(buf, start, i - start);
                out.write(escape(buf[i]));
                start = i + 1;
            }
        }
        out.write(buf, start, end - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (unsafe(s.charAt(i))) {
                out.write(s, start, i - start);
                out.write(escape(s.charAt(i)));
                start = i + 1;
            }
        }
        out.write(s, start, end - start);
    }

    /** Surrogates are left alone here: a pair may be split between two writes. */
    private static boolean unsafe(char c) {
        return c != '\n' && c != '\t' && !Character.isSurrogate(c) && ControlChars.isControl(c);
    }

    private static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
