package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.Framework;
import cn.jixiao.indicator.Level1;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** A 二级 of the framework missing under a 一级 the tree does have. */
public final class Level2Missing implements Rule {
    @Override
    public String id() {
        return "level2-missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return "structure";
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        ctx.framework(d.frameworkId()).ifPresent(f -> {
            for (Framework.Section s : f.sections()) {
                for (Level1 l1 : d.tree().level1s()) {
                    if (!l1.name().equals(s.name())) {
                        continue;
                    }
                    for (String name : s.level2()) {
                        if (l1.children().stream().noneMatch(l2 -> l2.name().equals(name))) {
                            out.add(this, s.name() + "/" + name, f.title());
                        }
                    }
                }
            }
        });
    }
}
