package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.Rule;

import java.math.BigDecimal;

/** What several rules share when they report: a value as a message shows it, per-side findings, sums. */
final class Support {
    private Support() {
    }

    /**
     * A value's text as a message shows it, without surrounding blanks: the text itself when it plainly has none
     * (it starts and ends with a CJK ideograph or a printable ASCII character), else {@code strip()}.
     */
    static String shown(IndicatorValue v) {
        String t = v.text();
        int n = t.length();
        return n > 0 && visible(t.charAt(0)) && visible(t.charAt(n - 1)) ? t : t.strip();
    }

    private static boolean visible(char c) {
        return (c > ' ' && c < 0x7F) || (c >= '\u4E00' && c <= '\u9FFF');
    }

    /**
     * Reports a value finding on each side that has it: variant {@code half} and/or {@code full}, with the value as
     * entered. Shared by the rules that judge one value at a time.
     */
    static void perSide(Rule rule, Findings out, String path, Indicator i, boolean half, boolean full) {
        if (half) {
            out.add(rule, rule.defaultSeverity(), path, "half", shown(i.half()));
        }
        if (full) {
            out.add(rule, rule.defaultSeverity(), path, "full", shown(i.full()));
        }
    }

    /**
     * {@code sum.add(a)}, without allocating when the result is one of the operands: the same value and
     * scale as {@code BigDecimal.add} gives (a zero no finer than the sum adds nothing; zero with scale 0
     * plus a non-negative-scale amount is that amount).
     */
    static BigDecimal add(BigDecimal sum, BigDecimal a) {
        if (a.signum() == 0 && a.scale() <= sum.scale() && sum.scale() >= 0) {
            return sum;
        }
        if (sum.signum() == 0 && sum.scale() == 0 && a.scale() >= 0) {
            return a;
        }
        return sum.add(a);
    }
}
