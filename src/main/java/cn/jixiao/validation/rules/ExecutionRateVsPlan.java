package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.Expense;
import cn.jixiao.indicator.Indicator;
import cn.jixiao.indicator.IndicatorValue.Quantitative;
import cn.jixiao.indicator.Level1;
import cn.jixiao.indicator.Level2;
import cn.jixiao.validation.Change;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.FixableRule;
import cn.jixiao.indicator.IndicatorTree;
import cn.jixiao.indicator.ValueGrammar;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The half-year 预算执行率 should match the funding plan, Σ 半年(程)计划执行数 ÷ 资金总额: more than one
 * percentage point apart is flagged, with both figures. {@code fix} sets the half-year value from the plan.
 */
public final class ExecutionRateVsPlan implements FixableRule {
    public static final String NAME = "预算执行率";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE = BigDecimal.ONE;

    @Override
    public String id() {
        return "execution-rate-vs-plan";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return "funding";
    }

    /** The planned half-year execution rate in percent (one decimal), when the plan states one. */
    public static Optional<BigDecimal> plannedRate(Declaration d) {
        Optional<BigDecimal> total = d.funding().total();
        boolean anyHalf = false;
        for (Expense e : d.funding().expenses()) {
            anyHalf |= e.half().isPresent();
        }
        if (total.isEmpty() || total.get().signum() <= 0 || !anyHalf) {
            return Optional.empty();
        }
        return Optional.of(d.funding().halfPlanTotal().multiply(HUNDRED)
                .divide(total.get(), 1, RoundingMode.HALF_UP));
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        for (Level1 l1 : d.tree().level1s()) {
            for (Level2 l2 : l1.children()) {
                for (Indicator i : l2.indicators()) {
                    if (i.name().contains(NAME) && i.half() instanceof Quantitative q && q.isPercent()) {
                        Optional<BigDecimal> plan = plannedRate(d);
                        if (plan.isPresent() && q.number().subtract(plan.get()).abs().compareTo(TOLERANCE) > 0) {
                            out.add(this, Walk.path(l1, l2, i), q.text().strip(), plan.get().toPlainString() + "%",
                                    d.funding().halfPlanTotal(), d.funding().total().orElseThrow());
                        }
                    }
                }
            }
        }
    }

    @Override
    public Declaration fix(Declaration d, RuleContext ctx, List<Change> changes) {
        Optional<BigDecimal> plan = plannedRate(d);
        if (plan.isEmpty()) {
            return d;
        }
        IndicatorTree tree = d.tree();
        for (IndicatorTree.Node n : d.tree().nodes()) {
            if (n.depth() != 3) {
                continue;
            }
            Indicator i = d.tree().indicator(n.position());
            if (i.name().contains(NAME) && i.half() instanceof Quantitative q && q.isPercent()
                    && q.number().subtract(plan.get()).abs().compareTo(TOLERANCE) > 0) {
                String value = "=" + plan.get().stripTrailingZeros().toPlainString() + "%";
                tree = tree.update(n.position().toString(), x -> x.withHalf(ValueGrammar.parse(value)));
                changes.add(new Change(id(), n.path(), q.text(), value));
            }
        }
        return d.withTree(tree);
    }
}
