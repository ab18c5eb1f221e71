package cn.jixiao.shell;

import org.jline.utils.WCWidth;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.function.IntSupplier;

/**
 * The console's output: a line longer than the terminal is broken by jixiao one column before the right margin,
 * instead of being left to the terminal. Left to it, a double-width character that meets the margin was drawn
 * twice (at the end of one screen line and again at the start of the next) once JLine redrew the screen, because
 * JLine's idea of where the cursor is and the terminal's differ after a wide character wraps; a line broken here
 * never reaches the margin. Escape sequences (the clear-screen command, colours) take no columns.
 */
final class MarginWriter extends FilterWriter {
    private final IntSupplier width;
    private int column;
    /** 0: text; 1: after ESC; 2: inside a CSI sequence (ESC [ … final byte). */
    private int escape;

    /** {@code width}: the terminal's width in columns now (read at each character, so a resize is followed). */
    MarginWriter(Writer out, IntSupplier width) {
        super(out);
        this.width = width;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(buf[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(s.charAt(i));
        }
    }

    private void put(char c) throws IOException {
        if (escape == 1) {
            escape = c == '[' ? 2 : 0;
            out.write(c);
            return;
        }
        if (escape == 2) {
            if (c >= 0x40 && c <= 0x7E) {
                escape = 0;
            }
            out.write(c);
            return;
        }
        switch (c) {
            case '\u001B' -> escape = 1;
            case '\n', '\r' -> column = 0;
            case '\t' -> column = (column / 8 + 1) * 8;
            default -> {
                // a low surrogate was counted with its high one; other characters by wcwidth
                int cw = Character.isLowSurrogate(c) ? 0
                        : Character.isHighSurrogate(c) ? 2 : Math.max(0, WCWidth.wcwidth(c));
                int limit = width.getAsInt() - 1;
                if (limit > 0 && column > 0 && column + cw > limit) {
                    out.write('\n');
                    column = 0;
                }
                column += cw;
            }
        }
        out.write(c);
    }
}
