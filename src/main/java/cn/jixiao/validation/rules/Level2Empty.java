package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/**
 * An empty 二级 (other than 数量指标 and 服务对象满意度, which have rules of their own): often fine (生态效益 of
 * an office project), worth a look.
 */
public final class Level2Empty extends BaseRule {
    public Level2Empty() {
        super("level2-empty", Severity.INFO, "structure");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        for (Level1 l1 : d.tree().level1s()) {
            if (l1.name().startsWith("满意度")) {
                continue;
            }
            for (Level2 l2 : l1.children()) {
                if (l2.indicators().isEmpty() && !(l1.name().startsWith("产出") && l2.name().equals("数量指标"))) {
                    out.add(this, FlatView.path(l1, l2));
                }
            }
        }
    }
}
