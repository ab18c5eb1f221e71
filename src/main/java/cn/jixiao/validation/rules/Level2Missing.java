package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.util.List;

/** A 二级 of the framework missing under a 一级 the tree does have. */
public final class Level2Missing extends BaseRule {
    /** The common case: exactly the framework's 二级, in its order (then none is missing). */
    private static boolean sameOrder(List<String> names, List<Level2> children) {
        if (names.size() != children.size()) {
            return false;
        }
        for (int j = 0; j < names.size(); j++) {
            if (!names.get(j).equals(children.get(j).name())) {
                return false;
            }
        }
        return true;
    }

    public Level2Missing() {
        super("level2-missing", Severity.ERROR, "structure");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        Framework f = ctx.framework(d.frameworkId()).orElse(null);
        // the Jiangsu form prints every 二级 of its framework; the other frameworks' 二级 are a menu a form picks from
        if (f == null || !f.id().equals(Framework.JIANGSU.id())) {
            return;
        }
        for (Framework.Section s : f.sections()) {
            for (Level1 l1 : d.tree().level1s()) {
                if (!l1.name().equals(s.name()) || sameOrder(s.level2(), l1.children())) {
                    continue;
                }
                for (String name : s.level2()) {
                    if (FlatView.level2(l1, name) == null) {
                        out.add(this, s.name() + "/" + name, f.title());
                    }
                }
            }
        }
    }
}
