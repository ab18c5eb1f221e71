package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** No 三级 under 产出指标 has a quantitative full-year target: outputs must be measurable. */
public final class NoQuantitativeOutput extends BaseRule {
    public NoQuantitativeOutput() {
        super("no-quantitative-output", Severity.WARNING, "structure");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        Level1 l1 = form.level1StartingWith("产出");
        if (l1 == null || l1.indicatorCount() == 0) {
            return;
        }
        for (Level2 l2 : l1.children()) {
            for (Indicator i : l2.indicators()) {
                if (i.full() instanceof IndicatorValue.Quantitative) {
                    return;
                }
            }
        }
        out.add(this, l1.name());
    }
}
