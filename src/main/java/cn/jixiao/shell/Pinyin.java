package cn.jixiao.shell;

import net.sourceforge.pinyin4j.PinyinHelper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pinyin initials, for completing Chinese names by typing Latin letters: {@code yszxl} → 预算执行率,
 * {@code mydzb} → 满意度指标. Every reading of a character counts, so polyphones match either way
 * (重点 as zd or cd, 行业 as hy or xy). Results are cached: completion stays instant on large catalogues.
 */
public final class Pinyin {
    /** Spellings kept per text; beyond this, later polyphones keep only their first reading. */
    private static final int MAX_SPELLINGS = 64;
    private static final ConcurrentHashMap<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final char[] NONE = new char[0];
    /** The distinct initials of each BMP character, looked up once (pinyin4j parses its table per call). */
    private static final char[][] BY_CHAR = new char[65536][];

    private Pinyin() {
    }

    /** True when {@code typed} is what someone types for pinyin initials: two or more Latin letters. */
    public static boolean isInitialsQuery(String typed) {
        if (typed.length() < 2) {
            return false;
        }
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code typed} starts the initials of {@code candidate} read from any of its path segments on:
     * {@code yszxl} matches 过程/资金管理/预算执行率, {@code zjgl} matches it too (from 资金管理 on).
     */
    public static boolean matches(String typed, String candidate) {
        String t = typed.toLowerCase(Locale.ROOT);
        String[] segments = candidate.split("/");
        for (int i = 0; i < segments.length; i++) {
            for (String spelling : joined(segments, i)) {
                if (spelling.startsWith(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What the candidates matched by pinyin initials {@code typed} all start with, to be put in its place: only
     * when there are two or more (one is completed whole), the prefix they share is not one JLine inserts itself
     * (it starts with {@code typed}), and it covers what was typed ({@code typed} matches it), so no letter typed is
     * dropped: {@code cczb} with 产出指标/数量指标 and 产出指标/质量指标 → 产出指标/; {@code zjd} with 资金到位率 and
     * 资金兑付率 → none (资金 covers zj only).
     */
    public static Optional<String> sharedPrefix(String typed, List<String> matched) {
        if (!isInitialsQuery(typed) || matched.size() < 2) {
            return Optional.empty();
        }
        String shared = matched.get(0);
        for (String candidate : matched) {
            int n = 0;
            int limit = Math.min(shared.length(), candidate.length());
            while (n < limit && shared.charAt(n) == candidate.charAt(n)) {
                n++;
            }
            if (n > 0 && Character.isHighSurrogate(shared.charAt(n - 1))) {
                n--; // a character is shared whole or not at all
            }
            shared = shared.substring(0, n);
        }
        if (shared.isEmpty() || shared.startsWith(typed) || !matches(typed, shared)) {
            return Optional.empty();
        }
        return Optional.of(shared);
    }

    /** The initials of segments[from..] concatenated, for every combination of readings (capped). */
    private static List<String> joined(String[] segments, int from) {
        List<String> acc = List.of("");
        for (int i = from; i < segments.length; i++) {
            List<String> next = new ArrayList<>();
            for (String prefix : acc) {
                for (String s : initials(segments[i])) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(prefix + s);
                    }
                }
            }
            acc = next;
        }
        return acc;
    }

    /** Every spelling of {@code text}'s initials: Han characters by reading, letters and digits as they are. */
    public static List<String> initials(String text) {
        return CACHE.computeIfAbsent(text, Pinyin::compute);
    }

    private static char[] initialsOf(char c) {
        char[] cached = BY_CHAR[c];
        if (cached != null) {
            return cached;
        }
        char[] result;
        if (c < 128) {
            result = Character.isLetterOrDigit(c) ? new char[] {Character.toLowerCase(c)} : NONE;
        } else {
            Set<Character> options = new LinkedHashSet<>();
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null) {
                for (String r : readings) {
                    if (!r.isEmpty()) {
                        options.add(r.charAt(0));
                    }
                }
            }
            result = new char[options.size()];
            int i = 0;
            for (char o : options) {
                result[i++] = o;
            }
        }
        BY_CHAR[c] = result;
        return result;
    }

    private static List<String> compute(String text) {
        List<String> spellings = new ArrayList<>(List.of(""));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char[] options = initialsOf(c);
            if (options.length == 0) {
                continue; // punctuation, symbols: not typed
            }
            List<String> next = new ArrayList<>();
            for (String s : spellings) {
                boolean first = true;
                for (char o : options) {
                    if (first || spellings.size() * options.length <= MAX_SPELLINGS) {
                        next.add(s + o);
                    }
                    first = false;
                }
            }
            spellings = next;
        }
        return List.copyOf(spellings);
    }
}
