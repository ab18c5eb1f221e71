package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.IndicatorValue.Quantitative;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/**
 * A half-year target above the full-year target: impossible for cumulative indicators (error), suspicious for
 * level ones (warning). Upper-bound targets (≤, &lt;) are left alone: a looser mid-year ceiling is normal.
 */
public final class HalfExceedsFull extends BaseRule {
    public HalfExceedsFull() {
        super("half-exceeds-full", Severity.ERROR, "half-full");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            if (i.half() instanceof Quantitative h && i.full() instanceof Quantitative f && h.unit().equals(f.unit())
                    && !h.comparator().isUpperBound() && !f.comparator().isUpperBound()
                    && h.number().compareTo(f.number()) > 0) {
                boolean cumulative = form.kind(k) == IndicatorKind.CUMULATIVE;
                out.add(this, cumulative ? Severity.ERROR : Severity.WARNING, form.path(k),
                        cumulative ? "cumulative" : "level", Support.shown(h), Support.shown(f));
            }
        }
    }
}
