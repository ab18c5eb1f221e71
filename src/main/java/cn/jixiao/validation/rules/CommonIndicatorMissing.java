package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.KnownIndicator;
import cn.jixiao.indicator.Level1;
import cn.jixiao.indicator.Level2;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** One of the eleven common 决策/过程 indicators is nowhere in the tree (Jiangsu forms carry all of them). */
public final class CommonIndicatorMissing implements Rule {
    @Override
    public String id() {
        return "common-indicator-missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String category() {
        return "structure";
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        if (!d.frameworkId().equals(cn.jixiao.indicator.Framework.JIANGSU.id())) {
            return;
        }
        for (KnownIndicator k : KnownIndicator.COMMON) {
            if (!contains(d, k)) {
                out.add(this, k.parentPath() + "/" + k.name(), k.half(), k.full());
            }
        }
    }

    private static boolean contains(Declaration d, KnownIndicator k) {
        for (Level1 l1 : d.tree().level1s()) {
            for (Level2 l2 : l1.children()) {
                for (var i : l2.indicators()) {
                    if (k.matches(i.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
