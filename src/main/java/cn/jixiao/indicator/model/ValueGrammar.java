package cn.jixiao.indicator.model;

import java.math.BigDecimal;

/**
 * Parses 指标值 text (docs/domain.md §4).
 *
 * <pre>
 * value        := schedule | quantitative | qualitative
 * schedule     := "序时进度"
 * quantitative := [comparator] number [unit] [以上 | 及以上 | 以下 | 及以下 | 以内]
 * comparator   := "=" | "≥" | "≤" | ">" | "<"  (plus the spellings listed below)
 * number       := digits ["," 3-digit groups] ["." digits]
 * unit         := "%" | "‰" | a short unit word (次, 万人次, 元/人, 个工作日, km, m² …)
 * qualitative  := any other non-empty text
 * </pre>
 *
 * <p>The parsed value always keeps the text exactly as entered. Only the structured fields
 * (comparator, number, unit) and therefore {@link IndicatorValue#canonical()} see the normalised
 * form, in which:
 * <ul>
 *   <li>full-width forms (＝ ＞ ＜ ％ ０-９ ． ，) become ASCII, and ≧ ≦ ⩾ ⩽ become ≥ ≤;</li>
 *   <li>ASCII pairs {@code >= => ≥=} mean ≥, {@code <= =< ≤=} mean ≤, {@code ==} means =;</li>
 *   <li>words: 不低于 不少于 不小于 大于等于 至少 (≥), 不高于 不超过 不大于 不多于 小于等于 至多 (≤),
 *       大于 高于 超过 多于 (&gt;), 小于 低于 少于 不足 (&lt;), 达到 等于 (=);</li>
 *   <li>whitespace may separate comparator, number and unit (but not split the number);</li>
 *   <li>a trailing 以上 means ≥, 以下/以内 mean ≤ ("达到90%以上" is ≥90%);</li>
 *   <li>a trailing full stop "。" is ignored ("超过90%。").</li>
 * </ul>
 *
 * <p>A hand-written scanner, no regular expressions: the validator calls this millions of times.
 */
public final class ValueGrammar {

    /** Longest unit word accepted ("个工作日", "万人次", "万元/人"); longer suffixes are prose. */
    private static final int MAX_UNIT_LENGTH = 6;

    /**
     * Characters that never occur in a unit word but do occur in prose that follows a number:
     * "12月底前", "2023年底", "100人左右", "100余人", "2次以上培训" … A suffix containing one of them makes the
     * whole value qualitative.
     */
    private static final String PROSE_CHARS = "以前后底初末中内外左右约余多近超完成达提高低于的了和及或并等为是在有";

    /** A comparator spelled as a word. */
    private record Word(String word, Comparator comparator) {
    }

    /** Comparator words, longest first so that 大于等于 wins over 大于. */
    private static final Word[] WORDS = {
            new Word("大于或等于", Comparator.GE),
            new Word("小于或等于", Comparator.LE),
            new Word("大于等于", Comparator.GE),
            new Word("小于等于", Comparator.LE),
            new Word("不低于", Comparator.GE),
            new Word("不少于", Comparator.GE),
            new Word("不小于", Comparator.GE),
            new Word("不高于", Comparator.LE),
            new Word("不超过", Comparator.LE),
            new Word("不大于", Comparator.LE),
            new Word("不多于", Comparator.LE),
            new Word("至少", Comparator.GE),
            new Word("至多", Comparator.LE),
            new Word("大于", Comparator.GT),
            new Word("高于", Comparator.GT),
            new Word("超过", Comparator.GT),
            new Word("多于", Comparator.GT),
            new Word("小于", Comparator.LT),
            new Word("低于", Comparator.LT),
            new Word("少于", Comparator.LT),
            new Word("不足", Comparator.LT),
            new Word("达到", Comparator.EQ),
            new Word("等于", Comparator.EQ),
    };

    /** First characters of the {@link #WORDS}, for a cheap pre-check. */
    private static final String WORD_STARTS = "大小不至高超多低少达等";

    /** Bound suffixes after the unit, longest first. */
    private static final Word[] SUFFIXES = {
            new Word("及以上", Comparator.GE),
            new Word("及以下", Comparator.LE),
            new Word("以上", Comparator.GE),
            new Word("以下", Comparator.LE),
            new Word("以内", Comparator.LE),
    };

    private ValueGrammar() {
    }

    /**
     * Parses a 指标值. Never throws: anything that is not blank, 序时进度 or a well-formed quantity is
     * {@link IndicatorValue.Qualitative}.
     */
    public static IndicatorValue parse(String text) {
        if (text == null) {
            return IndicatorValue.Blank.INSTANCE;
        }
        int slot = text.hashCode() & (PARSED.length - 1);
        Parsed p = PARSED[slot];
        if (p != null && p.text().equals(text)) {
            return p.value();
        }
        IndicatorValue value = read(text);
        PARSED[slot] = new Parsed(text, value);
        return value;
    }

    /**
     * Values parsed lately, by their text's hash: an import of thousands of forms parses the same few hundred
     * values (充分, ≥95%, =100%) again and again. A value is immutable, so one parse serves them all; an entry is
     * replaced whole, so threads parsing at once see an old entry or a new one.
     */
    private static final Parsed[] PARSED = new Parsed[1024];

    private record Parsed(String text, IndicatorValue value) {
    }

    private static IndicatorValue read(String text) {
        String s = prepare(text);
        if (s == null) {
            return IndicatorValue.Blank.INSTANCE;
        }
        if (s.equals(IndicatorValue.Schedule.WORD)) {
            return new IndicatorValue.Schedule(text);
        }
        IndicatorValue.Quantitative q = scanQuantity(text, s);
        return q != null ? q : new IndicatorValue.Qualitative(text, malformedQuantity(s));
    }

    /**
     * True when the text is, or is evidently meant to be, a quantitative value: it parses as one, or
     * it starts with a comparator symbol (≥abc, =%, ≥ 9 8%), or with a comparator word followed by a
     * digit or symbol (不低于9 8%). A comparator word followed by prose (高于全国平均水平) is a
     * legitimate qualitative value and gives false. Feeds the {@code value-unparseable} rule.
     */
    public static boolean looksQuantitative(String text) {
        if (text == null) {
            return false;
        }
        String s = prepare(text);
        if (s == null) {
            return false;
        }
        return scanQuantity(text, s) != null || malformedQuantity(s);
    }

    /** For a prepared text that does not scan as a quantity: does it start like one (≥abc, 不低于9 8%)? */
    private static boolean malformedQuantity(String s) {
        if (isComparatorSymbol(s.charAt(0))) {
            return true;
        }
        Word word = matchWord(s, 0);
        if (word == null) {
            return false;
        }
        int i = skipSpaces(s, word.word().length(), s.length());
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return isDigit(c) || c == '.' || c == '%' || c == '‰' || isComparatorSymbol(c);
    }

    /**
     * The canonical spelling to store when the user asks for normalisation: "＞＝９８％" and "不低于98%"
     * become "≥98%", a value without comparator gets "=" ("100%" becomes "=100%"), 序时进度 stays,
     * qualitative text is stripped of surrounding whitespace, blank becomes "".
     * Same as {@code parse(text).canonical()}.
     */
    public static String normalize(String text) {
        return parse(text).canonical();
    }

    // ---------------------------------------------------------------------------------------------
    // scanning

    /**
     * Folds the text into its normalised characters and trims it. Returns null for a blank text.
     * A trailing "。" is dropped unless it is the whole text.
     */
    private static String prepare(String text) {
        String s = fold(text);
        int start = skipSpaces(s, 0, s.length());
        int end = trimEnd(s, start, s.length());
        if (start >= end) {
            return null;
        }
        while (end - start > 1 && s.charAt(end - 1) == '。') {
            end = trimEnd(s, start, end - 1);
        }
        return (start == 0 && end == s.length()) ? s : s.substring(start, end);
    }

    /**
     * Scans {@code s} (already prepared) as [comparator] number [unit] [bound suffix].
     * Returns null when it is not a well-formed quantity.
     */
    private static IndicatorValue.Quantitative scanQuantity(String text, String s) {
        int n = s.length();
        char first = s.charAt(0);
        // Cheap exit for the common qualitative words (规范, 合理, 较高 …).
        if (!isDigit(first) && !isComparatorSymbol(first) && WORD_STARTS.indexOf(first) < 0) {
            return null;
        }

        // comparator
        Comparator comparator = Comparator.EQ;
        boolean explicit = false;
        int i = 0;
        int symbolEnd = scanSymbol(s);
        if (symbolEnd > 0) {
            comparator = symbolComparator(s, symbolEnd);
            explicit = true;
            i = symbolEnd;
        } else {
            Word word = matchWord(s, 0);
            if (word != null) {
                comparator = word.comparator();
                explicit = true;
                i = word.word().length();
            }
        }
        i = skipSpaces(s, i, n);

        // number
        int numberStart = i;
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        if (j == numberStart) {
            return null;
        }
        boolean grouped = false;
        if (j - numberStart <= 3) {
            // thousands separators: ",ddd" groups, each exactly three digits
            while (j + 3 < n && s.charAt(j) == ',' && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
                    && isDigit(s.charAt(j + 3)) && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
                j += 4;
                grouped = true;
            }
        }
        if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j += 2;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        String digits = s.substring(numberStart, j);
        BigDecimal number = new BigDecimal(grouped ? digits.replace(",", "") : digits);

        // bound suffix (以上 / 以下 / 以内), then the unit between number and suffix; the suffix is
        // non-blank and starts at or after j, so it never starts before unitStart
        int unitStart = skipSpaces(s, j, n);
        int unitEnd = n;
        Comparator bound = null;
        for (Word suffix : SUFFIXES) {
            int len = suffix.word().length();
            if (unitEnd - len >= j && s.startsWith(suffix.word(), unitEnd - len)) {
                bound = suffix.comparator();
                unitEnd = trimEnd(s, unitStart, unitEnd - len);
                break;
            }
        }
        if (!isUnit(s, unitStart, unitEnd)) {
            return null;
        }
        if (bound != null) {
            if (comparator == Comparator.EQ) {
                // 100人以上, 达到90%以上
                comparator = bound;
            } else if (bound == Comparator.GE ? !comparator.isLowerBound() : !comparator.isUpperBound()) {
                return null; // contradictory: ≤5%以上
            }
            explicit = true;
        }
        String unit = unitStart == unitEnd ? "" : s.substring(unitStart, unitEnd);
        // Already in the standard spelling? Proven here for the usual [symbol]digits[unit] text, without building
        // the standard string; anything else (folded, spaced, words, 以上, 1,000, 05) is compared with it.
        boolean plain = s == text && bound == null && !grouped && unitStart == j && unitEnd == n
                && (symbolEnd == 0 ? !explicit : symbolEnd == 1 && i == 1 && comparator.symbol().charAt(0) == first)
                && (digits.length() == 1 || digits.charAt(0) != '0' || digits.charAt(1) == '.');
        return plain ? new IndicatorValue.Quantitative(text, comparator, number, unit, explicit, true)
                : new IndicatorValue.Quantitative(text, comparator, number, unit, explicit);
    }

    /** Length of the comparator symbol at the start of {@code s} (0, 1 or 2 characters). */
    private static int scanSymbol(String s) {
        char c = s.charAt(0);
        if (!isComparatorSymbol(c)) {
            return 0;
        }
        if (s.length() > 1) {
            char d = s.charAt(1);
            boolean pair = switch (c) {
                case '>', '<', '≥', '≤' -> d == '=';
                case '=' -> d == '>' || d == '<' || d == '=';
                default -> false;
            };
            if (pair) {
                return 2;
            }
        }
        return 1;
    }

    private static Comparator symbolComparator(String s, int length) {
        char c = s.charAt(0);
        char d = length == 2 ? s.charAt(1) : 0;
        return switch (c) {
            case '≥' -> Comparator.GE;
            case '≤' -> Comparator.LE;
            case '>' -> d == '=' ? Comparator.GE : Comparator.GT;
            case '<' -> d == '=' ? Comparator.LE : Comparator.LT;
            default -> d == '>' ? Comparator.GE : d == '<' ? Comparator.LE : Comparator.EQ; // '='
        };
    }

    private static Word matchWord(String s, int from) {
        if (WORD_STARTS.indexOf(s.charAt(from)) < 0) {
            return null;
        }
        for (Word w : WORDS) {
            if (s.startsWith(w.word(), from)) {
                return w;
            }
        }
        return null;
    }

    /**
     * A unit is empty, "%", "‰", or a short word of CJK ideographs, Latin letters, ², ³, CJK unit
     * squares (㎡ ㎞) and inner "/" (元/人), without prose characters.
     */
    private static boolean isUnit(String s, int start, int end) {
        int len = end - start;
        if (len == 0) {
            return true;
        }
        if (len == 1 && (s.charAt(start) == '%' || s.charAt(start) == '‰')) {
            return true;
        }
        if (len > MAX_UNIT_LENGTH || s.charAt(start) == '/' || s.charAt(end - 1) == '/') {
            return false;
        }
        char previous = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c == '/') {
                if (previous == '/') {
                    return false;
                }
            } else if (isHan(c)) {
                if (PROSE_CHARS.indexOf(c) >= 0) {
                    return false;
                }
            } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '²' || c == '³'
                    || (c >= '\u3380' && c <= '\u33FF'))) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // characters

    /** Maps full-width and look-alike characters to the forms the scanner knows; no copy if none. */
    private static String fold(String text) {
        int n = text.length();
        int k = 0;
        while (k < n && foldChar(text.charAt(k)) == text.charAt(k)) {
            k++;
        }
        if (k == n) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; k < n; k++) {
            chars[k] = foldChar(chars[k]);
        }
        return new String(chars);
    }

    private static char foldChar(char c) {
        if (c < 0x2000) {
            return c == '\u00A0' ? ' ' : c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0); // full-width ASCII: ＝＞＜％０-９．，／ and letters
        }
        return switch (c) {
            case '\u3000' -> ' ';   // ideographic space
            case '≧', '⩾' -> '≥';
            case '≦', '⩽' -> '≤';
            case '﹦' -> '=';
            case '﹤' -> '<';
            case '﹥' -> '>';
            case '﹪' -> '%';
            case '﹒' -> '.';
            case '﹐' -> ',';
            default -> c;
        };
    }

    private static boolean isComparatorSymbol(char c) {
        return c == '=' || c == '>' || c == '<' || c == '≥' || c == '≤';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** CJK unified ideographs (basic block and extension A). */
    private static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    private static int skipSpaces(String s, int from, int end) {
        while (from < end && isSpace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
