package cn.jixiao.declaration.model;

import cn.jixiao.model.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Parsing and printing of 万元 amounts: exact decimals, never floating point. */
public final class Amounts {
    private Amounts() {
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
            return Optional.of(new BigDecimal(t));
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
        return Optional.of(new BigDecimal(s.replace(",", "")));
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
