package cn.jixiao.template;

import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.KnownIndicator;
import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateIndicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The newest version of every template, by id: resolves includes, and gives validation its frameworks and the
 * canonical place and kind of every indicator of every set.
 */
public final class TemplateCatalog {
    private final Map<String, Template> byId = new LinkedHashMap<>();

    public TemplateCatalog(List<Template> templates) {
        templates.forEach(t -> byId.put(t.id(), t));
    }

    public Optional<Template> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Template> all() {
        return List.copyOf(byId.values());
    }

    public TemplateReader.Lookup lookup() {
        return this::find;
    }

    /** The indicators of {@code id} with those of the sets it includes (included first, first of a name wins). */
    public List<TemplateIndicator> resolve(String id) {
        return resolve(id, lookup());
    }

    static List<TemplateIndicator> resolve(String id, TemplateReader.Lookup lookup) {
        Map<String, TemplateIndicator> out = new LinkedHashMap<>();
        collect(id, lookup, out, new LinkedHashSet<>());
        return List.copyOf(out.values());
    }

    private static void collect(String id, TemplateReader.Lookup lookup, Map<String, TemplateIndicator> out,
                                Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        lookup.apply(id).ifPresent(t -> {
            t.includes().forEach(i -> collect(i, lookup, out, seen));
            t.indicators().forEach(i -> out.putIfAbsent(i.name(), i));
        });
    }

    /** Every framework: the framework templates, and the built-in Jiangsu framework when none replaces it. */
    public List<Framework> frameworks() {
        List<Framework> out = new ArrayList<>();
        byId.values().stream().filter(Template::isFramework).map(Template::toFramework).forEach(out::add);
        if (out.stream().noneMatch(f -> f.id().equals(Framework.JIANGSU.id()))) {
            out.add(Framework.JIANGSU);
        }
        return out;
    }

    /**
     * The indicators whose place validation knows: the built-in common ones, then every indicator set's own
     * indicators (sets included by others come first, being resolved with them). First of a name wins.
     */
    public List<KnownIndicator> knownIndicators() {
        Map<String, KnownIndicator> out = new LinkedHashMap<>();
        KnownIndicator.COMMON.forEach(k -> out.put(k.name(), k));
        byId.values().stream().filter(t -> !t.isFramework())
                .flatMap(t -> resolve(t.id()).stream())
                .forEach(i -> out.putIfAbsent(i.name(), i.toKnown()));
        return List.copyOf(out.values());
    }
}
