package cn.jixiao.io.form;

/**
 * Strings for cells read from a buffer, the same string again for text seen before: labels and stock values repeat
 * in every form of a file, and one string each saves making it (twice, for Chinese text: Java first tries the
 * one-byte form) and lets the parser remember what it found out about it ({@link FormTableParser}'s labels). A
 * small table where a newer text takes an older one's place; one pool per file read, so no locking.
 */
final class CellPool {
    private static final int SIZE = 4096;
    /** Longer text (narratives) is rarely repeated: made, not kept. */
    private static final int LONGEST = 48;
    private final String[] slots = new String[SIZE];
    /** The cells of the row being split, before they become its list. */
    String[] row = new String[16];

    String of(char[] b, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (length > LONGEST) {
            return new String(b, from, length);
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 12)) & (SIZE - 1);
        String s = slots[slot];
        if (s != null && s.length() == length && same(s, b, from)) {
            return s;
        }
        s = new String(b, from, length);
        slots[slot] = s;
        return s;
    }

    private static boolean same(String s, char[] b, int from) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != b[from + i]) {
                return false;
            }
        }
        return true;
    }
}
