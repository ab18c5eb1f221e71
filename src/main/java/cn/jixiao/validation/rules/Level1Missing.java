package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** A 一级 of the declaration's framework that the tree does not have. */
public final class Level1Missing extends BaseRule {
    public Level1Missing() {
        super("level1-missing", Severity.ERROR, "structure");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        Framework f = ctx.framework(d.frameworkId()).orElse(null);
        if (f == null) {
            return;
        }
        for (Framework.Section s : f.sections()) {
            if (form.level1Named(s.name()) == null) {
                out.add(this, s.name(), f.title());
            }
        }
    }
}
