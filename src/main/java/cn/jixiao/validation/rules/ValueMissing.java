package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.Indicator;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** A 三级 indicator with a name but no half-year or no full-year value. */
public final class ValueMissing extends BaseRule {
    public ValueMissing() {
        super("value-missing", Severity.ERROR, "value");
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        Walk.Flat w = Walk.flat(d);
        for (int k = 0; k < w.size; k++) {
            Indicator i = w.indicator[k];
            boolean half = i.half().isBlank();
            boolean full = i.full().isBlank();
            if (half || full) {
                out.add(this, defaultSeverity(), w.path(k), half && full ? "both" : half ? "half" : "full");
            }
        }
    }
}
