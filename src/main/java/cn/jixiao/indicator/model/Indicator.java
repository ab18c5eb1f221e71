package cn.jixiao.indicator.model;

import java.util.Objects;

/** A 三级 indicator with its 半年(程) and 全年(程) values. */
public record Indicator(String name, IndicatorValue half, IndicatorValue full) {
    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(half, "half");
        Objects.requireNonNull(full, "full");
    }

    public static Indicator of(String name, String half, String full) {
        return new Indicator(name, ValueGrammar.parse(half), ValueGrammar.parse(full));
    }

    public Indicator withName(String newName) {
        return new Indicator(newName, half, full);
    }

    public Indicator withHalf(IndicatorValue value) {
        return new Indicator(name, value, full);
    }

    public Indicator withFull(IndicatorValue value) {
        return new Indicator(name, half, value);
    }
}
