package cn.jixiao.io.form;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The lines of a text, handed out as ranges of one reusable buffer instead of a string each: a Markdown import of
 * thousands of forms reads hundreds of thousands of lines, and most of their text ends up in cells that are the
 * same from form to form (labels, 充分, 合规). Lines end as {@link java.io.BufferedReader#readLine} ends them: at
 * {@code \n}, {@code \r} or {@code \r\n}.
 */
final class TextLines {
    private final Reader in;
    private char[] buf = new char[1 << 16];
    /** The unread text is {@code buf[next, end)}. */
    private int next;
    private int end;
    private boolean eof;
    /** The current line is {@code buf[start, stop)}. */
    private int start;
    private int stop;

    TextLines(Reader in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the text. */
    boolean advance() throws IOException {
        int i = next;
        while (true) {
            while (i < end && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            if (i < end && (buf[i] == '\n' || i + 1 < end || eof)) {
                start = next;
                stop = i;
                next = buf[i] == '\r' && i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                return true;
            }
            if (i >= end && eof) {
                if (next == end) {
                    return false;
                }
                start = next;
                stop = end;
                next = end;
                return true;
            }
            i -= fill(); // a line (or a \r that may be followed by \n) runs past what has been read
        }
    }

    /** Reads more text after the unread part, moved to the start of the buffer; returns how far it moved. */
    private int fill() throws IOException {
        int shift = next;
        int kept = end - next;
        if (shift > 0) {
            System.arraycopy(buf, next, buf, 0, kept);
        } else if (kept == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        next = 0;
        end = kept;
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
        return shift;
    }

    char[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int stop() {
        return stop;
    }

    /** Drops the first character of the current line (a byte-order mark). */
    void skipFirst() {
        start = Math.min(start + 1, stop);
    }

    String line() {
        return new String(buf, start, stop - start);
    }
}
