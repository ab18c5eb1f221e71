package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** 产出指标/数量指标 without any 三级 indicator: the form must say how much the money buys. */
public final class OutputQuantityMissing extends BaseRule {
    public OutputQuantityMissing() {
        super("output-quantity-missing", Severity.ERROR, "structure");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        Level1 l1 = form.level1StartingWith("产出");
        Level2 l2 = FlatView.level2(l1, "数量指标");
        if (l2 != null && l2.indicators().isEmpty()) {
            out.add(this, FlatView.path(l1, l2));
        }
    }
}
