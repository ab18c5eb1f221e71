package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/**
 * A name ending in 率 with a qualitative value: 质量达标率 较高 — a rate needs a percentage. A name ending in 效率
 * (部门运转效率, 资金使用效率) names an efficiency, not a share of something counted, and is left alone; so is a
 * value in words that states its percentage (基本医疗保险参保人数、参保率 856.37万人，99%).
 */
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
            if (bad != null && isRate(i.name()) && !PERCENT.matcher(bad.text()).find()) {
                out.add(this, form.path(k), Support.shown(bad));
            }
        }
    }

    /** A value in words that still states a percentage (856.37万人，99%) gives the rate. */
    private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("\\d\\s*[%％]");

    /** A name that states a share: …率, but not …效率. */
    static boolean isRate(String name) {
        return name.endsWith("率") && !name.endsWith("效率");
    }
}
