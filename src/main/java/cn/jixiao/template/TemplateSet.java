package cn.jixiao.template;

import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads several template files that may refer to each other (a set including another, naming a framework), in
 * any order: files are read again while more of them resolve. {@code fallback} finds templates not among them
 * (the catalogue). Each file is either a template or its problems.
 */
public final class TemplateSet {
    public record Outcome(Map<String, Template> templates, Map<String, TemplateSource> sources,
                          List<TemplateProblem> problems) {
    }

    private TemplateSet() {
    }

    public static Outcome read(List<TemplateSource> files, TemplateReader.Lookup fallback) {
        Map<String, Template> ok = new LinkedHashMap<>();
        Map<String, TemplateSource> sources = new LinkedHashMap<>();
        TemplateReader.Lookup lookup = id -> Optional.ofNullable(ok.get(id)).or(() -> fallback.apply(id));
        List<TemplateSource> pending = new ArrayList<>(files);
        Map<String, List<TemplateProblem>> last = new LinkedHashMap<>();
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (TemplateSource f : List.copyOf(pending)) {
                TemplateReader.Read r = TemplateReader.read(f.name(), f.text(), lookup);
                if (r.ok()) {
                    Template t = r.template().orElseThrow();
                    pending.remove(f);
                    last.remove(f.name());
                    if (ok.containsKey(t.id())) {
                        last.put(f.name(), List.of(TemplateProblem.of(f.name(), 0, "template.lint.duplicate-id",
                                t.id(), sources.get(t.id()).name())));
                        continue;
                    }
                    ok.put(t.id(), t);
                    sources.put(t.id(), f);
                    progress = true;
                } else {
                    last.put(f.name(), r.problems());
                }
            }
        }
        List<TemplateProblem> problems = new ArrayList<>();
        last.values().forEach(problems::addAll);
        return new Outcome(ok, sources, problems);
    }
}
