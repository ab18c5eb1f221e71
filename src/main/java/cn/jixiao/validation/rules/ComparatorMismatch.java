package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue.Quantitative;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** Half-year and full-year values with different comparators (≥95% against =95%). */
public final class ComparatorMismatch extends BaseRule {
    public ComparatorMismatch() {
        super("comparator-mismatch", Severity.WARNING, "value");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            if (i.half() instanceof Quantitative h && i.full() instanceof Quantitative f
                    && h.comparator() != f.comparator()) {
                out.add(this, form.path(k), h.comparator().symbol(), f.comparator().symbol());
            }
        }
    }
}
