package cn.jixiao.template.model;

import java.util.Arrays;
import java.util.Optional;

/** A framework (the 一级/二级 skeleton, optionally with weighted 三级) or a set of indicators. */
public enum TemplateKind {
    FRAMEWORK("framework"), INDICATORS("indicators");

    private final String id;

    TemplateKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TemplateKind> find(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
