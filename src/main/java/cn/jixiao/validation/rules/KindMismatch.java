package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** One side quantitative, the other qualitative (序时进度 as the half-year value is fine). */
public final class KindMismatch extends BaseRule {
    public KindMismatch() {
        super("kind-mismatch", Severity.ERROR, "value");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            IndicatorValue h = i.half();
            IndicatorValue f = i.full();
            boolean hq = h instanceof IndicatorValue.Quantitative;
            boolean fq = f instanceof IndicatorValue.Quantitative;
            boolean hText = h instanceof IndicatorValue.Qualitative;
            boolean fText = f instanceof IndicatorValue.Qualitative;
            if ((hq && fText) || (hText && fq)) {
                out.add(this, form.path(k), Support.shown(h), Support.shown(f));
            }
        }
    }
}
