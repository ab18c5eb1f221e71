package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** A value that looks quantitative but does not parse: {@code ≥abc}, {@code =%}. */
public final class ValueUnparseable extends BaseRule {
    public ValueUnparseable() {
        super("value-unparseable", Severity.ERROR, "value");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            boolean half = unparseable(i.half());
            boolean full = unparseable(i.full());
            if (half || full) {
                Support.perSide(this, out, form.path(k), i, half, full);
            }
        }
    }

    private static boolean unparseable(IndicatorValue v) {
        return v instanceof IndicatorValue.Qualitative q && q.looksQuantitative();
    }
}
