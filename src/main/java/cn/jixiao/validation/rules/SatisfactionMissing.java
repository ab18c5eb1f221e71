package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** 满意度指标 with no 三级 indicator: every form must say whose satisfaction it targets. */
public final class SatisfactionMissing extends BaseRule {
    static final String LEVEL1 = "满意度指标";

    public SatisfactionMissing() {
        super("satisfaction-missing", Severity.ERROR, "structure");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        Level1 l1 = form.level1StartingWith("满意度");
        if (l1 != null && l1.indicatorCount() == 0) {
            out.add(this, l1.name());
        }
    }
}
