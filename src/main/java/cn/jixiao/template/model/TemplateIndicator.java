package cn.jixiao.template.model;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.KnownIndicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A 三级 indicator as a template states it: its canonical place, default 半年/全年 values (as text), unit, kind,
 * weight (self-evaluation frameworks), 指标解释, search keywords and other names (aliases). {@code line} is
 * the line of the source file it was read from (0 when built in code).
 */
public record TemplateIndicator(String level1, String level2, String name, String half, String full, String unit,
                                IndicatorKind kind, Optional<BigDecimal> weight, String explanation,
                                List<String> keywords, List<String> aliases, int line) {
    public TemplateIndicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(half, "half");
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(explanation, "explanation");
        keywords = List.copyOf(keywords);
        aliases = List.copyOf(aliases);
    }

    public String parentPath() {
        return level1 + "/" + level2;
    }

    public String path() {
        return parentPath() + "/" + name;
    }

    public boolean matches(String indicatorName) {
        return name.equals(indicatorName) || aliases.contains(indicatorName);
    }

    /** The indicator with its default values, as added to a declaration. */
    public Indicator toIndicator() {
        return Indicator.of(name, half, full);
    }

    /** What validation knows of it: canonical place and kind. */
    public KnownIndicator toKnown() {
        return new KnownIndicator(name, level1, level2, half, full, kind, aliases);
    }
}
