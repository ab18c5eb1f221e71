package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.Indicator;
import cn.jixiao.indicator.IndicatorTree;
import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.indicator.ValueGrammar;
import cn.jixiao.validation.Change;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.FixableRule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

import java.util.List;

/**
 * A quantitative value spelled in a non-standard way (full-width ＞＝９８％, {@code >=95%}, 不低于98%): the form
 * should read ≥98%. {@code fix} rewrites it; the meaning does not change.
 */
public final class ValueSpelling extends BaseRule implements FixableRule {
    public ValueSpelling() {
        super("value-spelling", Severity.INFO, "value");
    }

    /** The standard spelling: comparator only when the text had one, plain number, unit. */
    static String standard(IndicatorValue.Quantitative q) {
        return (q.explicitComparator() ? q.comparator().symbol() : "") + q.number().toPlainString() + q.unit();
    }

    private static boolean nonStandard(IndicatorValue v) {
        return v instanceof IndicatorValue.Quantitative q && !plainlyStandard(q) && !q.text().strip().equals(standard(q));
    }

    /**
     * A cheap, allocation-free proof that the text already is {@link #standard}: [symbol] plain ASCII decimal
     * (no sign, no leading zero, no grouping) unit, nothing around it, with the number's scale matching its
     * fraction digits. False means "not proven": the caller then compares with the built spelling.
     */
    private static boolean plainlyStandard(IndicatorValue.Quantitative q) {
        String t = q.text();
        int n = t.length();
        int i = 0;
        if (q.explicitComparator()) {
            String symbol = q.comparator().symbol();
            if (n == 0 || symbol.length() != 1 || t.charAt(0) != symbol.charAt(0)) {
                return false;
            }
            i = 1;
        }
        int start = i;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        int integerDigits = i - start;
        if (integerDigits == 0 || integerDigits > 1 && t.charAt(start) == '0') {
            return false;
        }
        int fraction = 0;
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                fraction++;
            }
            if (fraction == 0) {
                return false;
            }
        }
        String unit = q.unit();
        return n - i == unit.length() && t.startsWith(unit, i) && q.number().scale() == fraction
                && q.number().signum() >= 0 && q.number().precision() <= integerDigits + fraction;
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        Walk.Flat w = Walk.flat(d);
        for (int k = 0; k < w.size; k++) {
            Indicator i = w.indicator[k];
            if (nonStandard(i.half())) {
                out.add(this, defaultSeverity(), w.path(k), "", i.half().text().strip(),
                        standard((IndicatorValue.Quantitative) i.half()));
            }
            if (nonStandard(i.full())) {
                out.add(this, defaultSeverity(), w.path(k), "", i.full().text().strip(),
                        standard((IndicatorValue.Quantitative) i.full()));
            }
        }
    }

    @Override
    public Declaration fix(Declaration d, RuleContext ctx, List<Change> changes) {
        IndicatorTree tree = d.tree();
        for (IndicatorTree.Node n : d.tree().nodes()) {
            if (n.depth() != 3) {
                continue;
            }
            Indicator i = d.tree().indicator(n.position());
            if (nonStandard(i.half()) || nonStandard(i.full())) {
                Indicator fixed = i.withHalf(respell(i.half())).withFull(respell(i.full()));
                tree = tree.update(n.position().toString(), x -> fixed);
                changes.add(new Change(id(), n.path(), i.half().text() + " | " + i.full().text(),
                        fixed.half().text() + " | " + fixed.full().text()));
            }
        }
        return d.withTree(tree);
    }

    private static IndicatorValue respell(IndicatorValue v) {
        return nonStandard(v) ? ValueGrammar.parse(standard((IndicatorValue.Quantitative) v)) : v;
    }
}
