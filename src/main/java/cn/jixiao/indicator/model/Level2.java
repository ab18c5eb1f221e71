package cn.jixiao.indicator.model;

import java.util.ArrayList;
import java.util.List;

/** A 二级 indicator and its 三级 children, in form order. */
public record Level2(String name, List<Indicator> indicators) {
    public Level2 {
        indicators = List.copyOf(indicators);
    }

    public static Level2 empty(String name) {
        return new Level2(name, List.of());
    }

    public Level2 withIndicators(List<Indicator> list) {
        return new Level2(name, list);
    }

    public Level2 plus(Indicator indicator) {
        List<Indicator> list = new ArrayList<>(indicators);
        list.add(indicator);
        return withIndicators(list);
    }
}
