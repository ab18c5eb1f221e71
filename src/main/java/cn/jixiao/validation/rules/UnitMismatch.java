package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue.Quantitative;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** Half-year and full-year values in different units (≥18辆 against ≥35次, 100 against 100%). */
public final class UnitMismatch extends BaseRule {
    public UnitMismatch() {
        super("unit-mismatch", Severity.ERROR, "value");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            if (i.half() instanceof Quantitative h && i.full() instanceof Quantitative f && !h.unit().equals(f.unit())) {
                out.add(this, form.path(k), unit(h.unit()), unit(f.unit()));
            }
        }
    }

    private static String unit(String u) {
        return u.isEmpty() ? "-" : u;
    }
}
