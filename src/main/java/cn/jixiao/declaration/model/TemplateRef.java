package cn.jixiao.declaration.model;

import java.util.Objects;

/** A template version a declaration was built from: its id and the catalogue version applied. */
public record TemplateRef(String id, int version) {
    public TemplateRef {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
