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
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            if (form.section(k) != FlatView.SATISFACTION || form.indicator(k).name().endsWith("率")) {
                continue;
            }
            if (form.indicator(k).full() instanceof IndicatorValue.Qualitative q) {
                out.add(this, form.path(k), Support.shown(q));
            }
        }
    }
}
