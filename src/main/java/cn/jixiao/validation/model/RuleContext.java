package cn.jixiao.validation.model;

import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.KnownIndicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What rules may know beyond the declaration: frameworks by id and indicators whose place and kind are known
 * (built in: the Jiangsu framework and the eleven common indicators; templates add more).
 */
public final class RuleContext {
    private final Map<String, Framework> frameworks = new HashMap<>();
    private final Map<String, KnownIndicator> known = new HashMap<>();

    public RuleContext(List<Framework> frameworks, List<KnownIndicator> knownIndicators) {
        frameworks.forEach(f -> this.frameworks.put(f.id(), f));
        for (KnownIndicator k : knownIndicators) {
            known.putIfAbsent(k.name(), k);
            k.aliases().forEach(a -> known.putIfAbsent(a, k));
        }
    }

    /** The built-in knowledge: the Jiangsu framework and the common indicators. */
    public static RuleContext builtIn() {
        return new RuleContext(List.of(Framework.JIANGSU), KnownIndicator.COMMON);
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    public Optional<KnownIndicator> known(String name) {
        return Optional.ofNullable(known.get(name));
    }

    /** The indicator's kind: as its template states it, else inferred from its name and full-year value. */
    public IndicatorKind kind(Indicator indicator) {
        return kind(known.get(indicator.name()), indicator);
    }

    /** {@link #kind(Indicator)} for an indicator whose known entry was already looked up ({@code known} may be null). */
    public static IndicatorKind kind(KnownIndicator known, Indicator indicator) {
        return known != null ? known.kind() : IndicatorKind.infer(indicator.name(), indicator.full());
    }
}
