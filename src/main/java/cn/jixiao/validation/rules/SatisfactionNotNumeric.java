package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/**
 * A 满意度 target stated in words (公众满意度 不断提升): satisfaction is surveyed, so the target is a percentage
 * (≥90%). Names ending in 率 are left to rate-not-numeric.
 */
public final class SatisfactionNotNumeric extends BaseRule {
    public SatisfactionNotNumeric() {
        super("satisfaction-not-numeric", Severity.WARNING, "wording");
    }

    @Override
    public void check(FlatView w, RuleContext ctx, Findings out) {
        for (int k = 0; k < w.size(); k++) {
            if (w.section(k) != FlatView.SATISFACTION || w.indicator(k).name().endsWith("率")) {
                continue;
            }
            if (w.indicator(k).full() instanceof IndicatorValue.Qualitative q) {
                out.add(this, w.path(k), Support.shown(q));
            }
        }
    }
}
