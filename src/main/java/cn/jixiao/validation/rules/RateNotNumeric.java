package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** A name ending in 率 with a qualitative value: 质量达标率 较高 — a rate needs a percentage. */
public final class RateNotNumeric extends BaseRule {
    public RateNotNumeric() {
        super("rate-not-numeric", Severity.WARNING, "wording");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            IndicatorValue bad = i.full() instanceof IndicatorValue.Qualitative ? i.full()
                    : i.half() instanceof IndicatorValue.Qualitative ? i.half() : null;
            if (bad != null && i.name().endsWith("率")) {
                out.add(this, form.path(k), Support.shown(bad));
            }
        }
    }
}
