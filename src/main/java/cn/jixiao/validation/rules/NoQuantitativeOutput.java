package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.Indicator;
import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.indicator.Level1;
import cn.jixiao.indicator.Level2;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** No 三级 under 产出指标 has a quantitative full-year target: outputs must be measurable. */
public final class NoQuantitativeOutput extends BaseRule {
    public NoQuantitativeOutput() {
        super("no-quantitative-output", Severity.WARNING, "structure");
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        Level1 l1 = Walk.level1(d, "产出");
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
