package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** A 三级 indicator with a name but no half-year or no full-year value. */
public final class ValueMissing extends BaseRule {
    public ValueMissing() {
        super("value-missing", Severity.ERROR, "value");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        // only the Jiangsu form has a 半年(程) column; the other frameworks' forms state full-year targets alone
        boolean halfAsked = form.declaration().frameworkId().equals(Framework.JIANGSU.id());
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            boolean half = halfAsked && i.half().isBlank();
            boolean full = i.full().isBlank();
            if (half || full) {
                out.add(this, defaultSeverity(), form.path(k), half && full ? "both" : half ? "half" : "full");
            }
        }
    }
}
