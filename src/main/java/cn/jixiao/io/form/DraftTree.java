package cn.jixiao.io.form;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicator tree of a form while a reader ({@link FormTableParser}, {@link RoleFormReader}) reads it: its 一级 in
 * the order the form has them, each with its 二级 and their 三级, mutable until {@link #tree} makes it the
 * declaration's tree. Which 一级 a row goes to is the reader's business (one reader keeps a repeated 一级 as the form
 * has it, the other adds to the first of that name).
 */
final class DraftTree {
    /** A 一级 being read. */
    static final class L1 {
        final String name;
        final List<L2> children = new ArrayList<>();

        L1(String name) {
            this.name = name;
        }

        /** The 二级 of this name under this 一级, added (last) when it has none. */
        L2 level2(String name) {
            for (L2 c : children) {
                if (c.name.equals(name)) {
                    return c;
                }
            }
            L2 c = new L2(name);
            children.add(c);
            return c;
        }
    }

    /** A 二级 being read, with its 三级. */
    static final class L2 {
        final String name;
        final List<Indicator> indicators = new ArrayList<>();

        L2(String name) {
            this.name = name;
        }
    }

    private DraftTree() {
    }

    /** The tree of {@code level1s} as read. */
    static IndicatorTree tree(List<L1> level1s) {
        return new IndicatorTree(level1s.stream()
                .map(a -> new Level1(a.name, a.children.stream().map(b -> new Level2(b.name, b.indicators)).toList()))
                .toList());
    }
}
