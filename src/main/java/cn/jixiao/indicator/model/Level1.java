package cn.jixiao.indicator.model;

import java.util.List;

/** A 一级 indicator and its 二级 children, in form order. */
public record Level1(String name, List<Level2> children) {
    public Level1 {
        children = List.copyOf(children);
    }

    public Level1 withChildren(List<Level2> list) {
        return new Level1(name, list);
    }

    public int indicatorCount() {
        int n = 0;
        for (Level2 l2 : children) {
            n += l2.indicators().size();
        }
        return n;
    }
}
