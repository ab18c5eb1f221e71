package cn.jixiao.model;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Characters that can drive a terminal or disguise text rather than show as text: C0 controls (NUL, BEL, ESC,
 * CR, LF, TAB …), DEL, C1 controls, the line and paragraph separators, the bidirectional controls (U+202E
 * right-to-left override and its kin) and lone surrogates. Commands refuse them ({@link #first}); imported files
 * have them replaced ({@link #strip}); output shows them escaped.
 */
public final class ControlChars {
    private ControlChars() {
    }

    public static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE); // only unpaired ones get here
    }

    /** The first control character in {@code s} (a lone surrogate counts), if any. */
    public static OptionalInt first(String s) {
        // asked of every text of every imported form: printable ASCII and the CJK blocks (U+3000 up to the
        // surrogates) hold no control character, and nearly every character of a form is one of them
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 0x20 && c < 0x7F || c >= 0x3000 && c < Character.MIN_SURROGATE)) {
                return first(s, i);
            }
        }
        return OptionalInt.empty();
    }

    /** {@link #first(String)} from {@code start}, a character boundary, character by character. */
    private static OptionalInt first(String s, int start) {
        for (int i = start; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isControl(cp)) {
                return OptionalInt.of(cp);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /** Refuses text holding a control character: {@code input.control-char} naming the character and the field. */
    public static String require(String value, String field) {
        OptionalInt bad = first(value);
        if (bad.isPresent()) {
            throw new DomainException("input.control-char", name(bad.getAsInt()), field);
        }
        return value;
    }

    /** Text with every control character replaced: line breaks and tabs by a space, the others removed. */
    public static String strip(String s) {
        if (first(s).isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                b.append(' ');
            } else if (!isControl(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** A character as named in messages: {@code U+001B (ESC)}. */
    public static String name(int cp) {
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        String name = switch (cp) {
            case 0 -> "NUL";
            case 7 -> "BEL";
            case 8 -> "BS";
            case 9 -> "TAB";
            case 10 -> "LF";
            case 13 -> "CR";
            case 0x1B -> "ESC";
            case 0x7F -> "DEL";
            case 0x202E -> "RLO";
            case 0x202D -> "LRO";
            default -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? "lone surrogate" : "";
        };
        return name.isEmpty() ? code : code + " (" + name + ")";
    }
}
