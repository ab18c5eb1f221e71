package cn.jixiao.declaration.model;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.model.DomainException;
import cn.jixiao.model.MessageRef;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a declaration may hold, checked before it is stored (commands, import, undo): names at most
 * {@link #NAME} characters, indicator values {@link #VALUE}, narrative texts {@link #TEXT}, amounts within
 * {@link Amounts}' rule (the total included). A value beyond is refused with {@code input.too-long} or
 * {@code amount.too-large}, naming the field and its limit.
 */
public final class DeclarationLimits {
    /** Project name, department and other header fields, 一级/二级/三级 names, expense names. */
    public static final int NAME = 200;
    /** An indicator's 半年/全年 value. */
    public static final int VALUE = 500;
    /** A narrative text (立项必要性 …). */
    public static final int TEXT = 20_000;

    private DeclarationLimits() {
    }

    /** Throws for the first value beyond its limit. */
    public static void check(Declaration d) {
        for (HeaderField f : HeaderField.values()) {
            if (f == HeaderField.YEAR) {
                continue;
            }
            boolean narrative = f.ordinal() > HeaderField.YEAR.ordinal();
            text(f.get(d), f.label(), narrative ? TEXT : NAME);
        }
        for (Map.Entry<FundingSource, BigDecimal> e : d.funding().sources().entrySet()) {
            amount(e.getValue(), e.getKey().label());
        }
        d.funding().total().ifPresent(t -> amount(t, FundingSource.TOTAL.label()));
        int n = 0;
        for (Expense e : d.funding().expenses()) {
            n++;
            if (over(e.name(), NAME)) {
                text(e.name(), new MessageRef("field.expense", n), NAME);
            }
            e.half().ifPresent(a -> amount(a, e.name()));
            e.full().ifPresent(a -> amount(a, e.name()));
        }
        // the field's name (a message with the row's number) is made only for a value beyond its limit: checked for
        // every row of every imported form, nearly always within it
        int i1 = 0;
        for (Level1 l1 : d.tree().level1s()) {
            i1++;
            if (over(l1.name(), NAME)) {
                text(l1.name(), new MessageRef("field.level1", i1), NAME);
            }
            int i2 = 0;
            for (Level2 l2 : l1.children()) {
                i2++;
                if (over(l2.name(), NAME)) {
                    text(l2.name(), new MessageRef("field.level2", i1 + "." + i2), NAME);
                }
                int i3 = 0;
                for (Indicator i : l2.indicators()) {
                    i3++;
                    if (over(i.name(), NAME) || over(i.half().text(), VALUE) || over(i.full().text(), VALUE)) {
                        String at = i1 + "." + i2 + "." + i3;
                        text(i.name(), new MessageRef("field.indicator", at), NAME);
                        text(i.half().text(), new MessageRef("field.half", at), VALUE);
                        text(i.full().text(), new MessageRef("field.full", at), VALUE);
                    }
                }
            }
        }
    }

    /** Whether {@code value} is longer than {@code max} characters (code points). */
    private static boolean over(String value, int max) {
        return value != null && value.length() > max && value.codePointCount(0, value.length()) > max;
    }

    /** Refuses {@code value} longer than {@code max} characters (code points), naming {@code field}. */
    public static String text(String value, Object field, int max) {
        if (over(value, max)) {
            throw new DomainException("input.too-long", field, value.codePointCount(0, value.length()), max);
        }
        return value;
    }

    private static void amount(BigDecimal value, String field) {
        if (!Amounts.fits(value)) {
            Amounts.checked(value, field + " " + value.toPlainString());
        }
    }
}
