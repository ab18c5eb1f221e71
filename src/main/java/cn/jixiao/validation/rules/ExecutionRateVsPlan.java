package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.IndicatorValue.Quantitative;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Change;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.FixableRule;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The half-year 预算执行率 should match the funding plan, Σ 半年(程)计划执行数 ÷ 资金总额: more than one
 * percentage point apart is flagged, with both figures. {@code fix} sets the half-year value from the plan.
 */
public final class ExecutionRateVsPlan extends BaseRule implements FixableRule {
    public static final String NAME = "预算执行率";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ExecutionRateVsPlan() {
        super("execution-rate-vs-plan", Severity.ERROR, "funding");
    }

    /** The planned half-year execution rate in percent (one decimal): Σ 半年(程)计划执行数 ÷ 资金总额 (total &gt; 0). */
    private static BigDecimal plannedRate(BigDecimal halfPlanTotal, BigDecimal total) {
        return halfPlanTotal.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
    }

    /** 资金总额 when it is positive, or null: without one the plan states no rate. */
    private static BigDecimal positiveTotal(Declaration d) {
        BigDecimal total = d.funding().sources().get(FundingSource.TOTAL);
        return total == null || total.signum() <= 0 ? null : total;
    }

    /**
     * True when {@code declared} (percent) is more than one percentage point from Σ half ÷ total, compared
     * exactly: |declared × total − Σ half × 100| &gt; total (total &gt; 0), so that a plan of 33.04% is not
     * first rounded to 33.0% and then found within a point of a declared 32%.
     */
    private static boolean differs(BigDecimal declared, BigDecimal halfPlanTotal, BigDecimal total) {
        return declared.multiply(total).subtract(halfPlanTotal.multiply(HUNDRED)).abs().compareTo(total) > 0;
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        boolean planned = false; // total and half: looked up once, for a form that declares a rate
        BigDecimal total = null;
        BigDecimal half = null;
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            if (i.half() instanceof Quantitative q && q.isPercent() && i.name().contains(NAME)) {
                if (!planned) {
                    planned = true;
                    total = positiveTotal(form.declaration());
                    half = form.halfPlanTotal().orElse(null);
                    if (total == null || half == null) {
                        return; // the plan states no rate
                    }
                }
                if (differs(q.number(), half, total)) {
                    out.add(this, form.path(k), Support.shown(q), plannedRate(half, total).toPlainString() + "%",
                            half, total);
                }
            }
        }
    }

    @Override
    public Declaration fix(Declaration d, RuleContext ctx, List<Change> changes) {
        BigDecimal total = positiveTotal(d);
        Optional<BigDecimal> half = FlatView.of(d, ctx).halfPlanTotal();
        if (total == null || half.isEmpty()) {
            return d; // the plan states no rate
        }
        String value = "=" + plannedRate(half.get(), total).stripTrailingZeros().toPlainString() + "%";
        IndicatorTree tree = d.tree();
        for (IndicatorTree.Node n : d.tree().nodes()) {
            if (n.depth() != 3) {
                continue;
            }
            Indicator i = d.tree().indicator(n.position());
            if (i.name().contains(NAME) && i.half() instanceof Quantitative q && q.isPercent()
                    && differs(q.number(), half.get(), total)) {
                tree = tree.update(n.position().toString(), x -> x.withHalf(ValueGrammar.parse(value)));
                changes.add(new Change(id(), n.path(), q.text(), value));
            }
        }
        return d.withTree(tree);
    }
}
