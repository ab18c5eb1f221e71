package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.Indicator;
import cn.jixiao.indicator.Level1;
import cn.jixiao.indicator.Level2;

/** Visits 三级 indicators without building paths: rules build one only when they report a finding. */
final class Walk {
    interface Visitor {
        void visit(Level1 l1, Level2 l2, Indicator indicator);
    }

    private Walk() {
    }

    static void indicators(Declaration d, Visitor v) {
        for (Level1 l1 : d.tree().level1s()) {
            for (Level2 l2 : l1.children()) {
                for (Indicator i : l2.indicators()) {
                    v.visit(l1, l2, i);
                }
            }
        }
    }

    static String path(Level1 l1, Level2 l2, Indicator i) {
        return l1.name() + "/" + l2.name() + "/" + i.name();
    }

    static String path(Level1 l1, Level2 l2) {
        return l1.name() + "/" + l2.name();
    }

    /** The 一级 whose name is or starts with {@code name} (产出 / 产出指标), or null. */
    static Level1 level1(Declaration d, String name) {
        for (Level1 l1 : d.tree().level1s()) {
            if (l1.name().startsWith(name)) {
                return l1;
            }
        }
        return null;
    }

    static Level2 level2(Level1 l1, String name) {
        if (l1 == null) {
            return null;
        }
        for (Level2 l2 : l1.children()) {
            if (l2.name().equals(name)) {
                return l2;
            }
        }
        return null;
    }
}
