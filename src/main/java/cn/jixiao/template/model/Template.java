package cn.jixiao.template.model;

import cn.jixiao.indicator.model.Framework;

import java.util.List;
import java.util.Objects;

/**
 * One template document. A {@link TemplateKind#FRAMEWORK framework} has {@code levels} (the 一级 with their
 * 二级, in form order) and may state weighted 三级 indicators; its {@code framework} is its own id. An
 * {@link TemplateKind#INDICATORS indicator set} names the framework it fits, may include other sets, and lists
 * indicators with their canonical place and defaults.
 */
public record Template(String id, String title, TemplateKind kind, String framework, String description,
                       List<String> includes, List<Framework.Section> levels, List<TemplateIndicator> indicators) {
    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(description, "description");
        includes = List.copyOf(includes);
        levels = List.copyOf(levels);
        indicators = List.copyOf(indicators);
    }

    public boolean isFramework() {
        return kind == TemplateKind.FRAMEWORK;
    }

    /** The skeleton of a framework template. */
    public Framework toFramework() {
        return new Framework(id, title, levels);
    }
}
