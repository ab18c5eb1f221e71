package cn.jixiao.declaration.model;

import cn.jixiao.model.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Parsing and printing of 万元 amounts: exact decimals, never floating point. One rule for every amount that
 * comes in (typed, imported, read from JSON): at most {@link #INTEGER_DIGITS} digits before the point (larger is
 * refused with {@code amount.too-large}) and at most {@link #DECIMALS} after it (0.0001 万元 = 1 元; more decimals
 * are rounded half-up to four), which is what the database keeps.
 */
public final class Amounts {
    /** Decimals kept: four, i.e. to the 元. */
    public static final int DECIMALS = 4;
    /** Digits before the decimal point: up to 9,999,999,999,999,999 万元. */
    public static final int INTEGER_DIGITS = 16;

    private Amounts() {
    }

    /** {@code value} within the rule: rounded to four decimals, refused when too large. */
    public static BigDecimal checked(BigDecimal value, String text) {
        BigDecimal v = rounded(value);
        if (v.precision() - v.scale() > INTEGER_DIGITS) {
            throw new DomainException("amount.too-large", text, INTEGER_DIGITS, DECIMALS);
        }
        return v;
    }

    /** Whether {@link #checked} takes {@code value}. */
    public static boolean fits(BigDecimal value) {
        BigDecimal v = rounded(value);
        return v.precision() - v.scale() <= INTEGER_DIGITS;
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.scale() > DECIMALS ? value.setScale(DECIMALS, RoundingMode.HALF_UP) : value;
    }

    /**
     * {@code typed}, or {@code current} when it is the same amount written otherwise (30 and 30.00): an edit that
     * does not change an amount leaves it as it was.
     */
    public static Optional<BigDecimal> unlessSame(Optional<BigDecimal> current, Optional<BigDecimal> typed) {
        return current.isPresent() && typed.isPresent() && current.get().compareTo(typed.get()) == 0 ? current : typed;
    }

    /** Parses "58.17", "1,234.5", full-width digits; "" or "-" means blank. Throws on anything else. */
    public static Optional<BigDecimal> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals("-") || t.equals("—")) {
            return Optional.empty();
        }
        if (plainDecimal(t)) {
            return Optional.of(checked(new BigDecimal(t), text));
        }
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '，') {
                sb.append(',');
            } else if (c != ' ') {
                sb.append(c);
            }
        }
        String s = sb.toString();
        if (s.endsWith("万元")) {
            s = s.substring(0, s.length() - 2);
        }
        // commas only as thousands separators: "1,5" is not 15
        if (!plainDecimal(s) && !GROUPED.matcher(s).matches()) {
            throw new DomainException("amount.bad", text);
        }
        return Optional.of(checked(new BigDecimal(s.replace(",", "")), text));
    }

    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** ASCII digits, optionally one '.' followed by more digits: {@code \d+(\.\d+)?}. */
    private static boolean plainDecimal(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (i++; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static BigDecimal requireNonNegative(BigDecimal value) {
        if (value.signum() < 0) {
            throw new DomainException("amount.negative", value.toPlainString());
        }
        return value;
    }

    /** At least two decimals, as amounts are printed on the form: 30 → 30.00, 58.1725 stays. */
    public static BigDecimal display(BigDecimal value) {
        return value.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value;
    }

    public static String format(Optional<BigDecimal> value) {
        return value.map(v -> display(v).toPlainString()).orElse("");
    }
}
