package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** A 三级 indicator with a name but no half-year or no full-year value. */
public final class ValueMissing extends BaseRule {
    public ValueMissing() {
        super("value-missing", Severity.ERROR, "value");
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        // only the Jiangsu form has a 半年(程) column; the other frameworks' forms state full-year targets alone
        boolean halfAsked = d.frameworkId().equals(cn.jixiao.indicator.model.Framework.JIANGSU.id());
        Walk.Flat w = Walk.flat(d);
        for (int k = 0; k < w.size; k++) {
            Indicator i = w.indicator[k];
            boolean half = halfAsked && i.half().isBlank();
            boolean full = i.full().isBlank();
            if (half || full) {
                out.add(this, defaultSeverity(), w.path(k), half && full ? "both" : half ? "half" : "full");
            }
        }
    }
}
