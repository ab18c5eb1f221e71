package cn.jixiao.declaration.model;

import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.model.DomainException;

import java.util.List;
import java.util.Objects;

/**
 * One project's 预算绩效目标申报表 for one year (docs/domain.md §1). {@code id} is 0 and {@code revision} 0 until
 * the declaration is first stored; every stored change makes a new revision.
 */
public record Declaration(long id, int revision, Header header, Narrative narrative, Funding funding,
                          String frameworkId, IndicatorTree tree, List<TemplateRef> templates) {
    public Declaration {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(frameworkId, "frameworkId");
        Objects.requireNonNull(tree, "tree");
        templates = List.copyOf(templates);
    }

    /** A declaration built from no template. */
    public Declaration(long id, int revision, Header header, Narrative narrative, Funding funding,
                       String frameworkId, IndicatorTree tree) {
        this(id, revision, header, narrative, funding, frameworkId, tree, List.of());
    }

    /** A new, unsaved declaration with the framework's skeleton of 一级 and 二级. */
    public static Declaration create(String name, int year, String department, Framework framework) {
        if (name.isBlank()) {
            throw new DomainException("declaration.name-empty");
        }
        if (year < 1990 || year > 2100) {
            throw new DomainException("declaration.year-bad", year);
        }
        return new Declaration(0, 0, Header.of(name.strip(), year, department.strip()), Narrative.EMPTY,
                Funding.EMPTY, framework.id(), framework.skeleton());
    }

    public String name() {
        return header.name();
    }

    public Declaration withHeader(Header value) {
        return new Declaration(id, revision, value, narrative, funding, frameworkId, tree, templates);
    }

    public Declaration withNarrative(Narrative value) {
        return new Declaration(id, revision, header, value, funding, frameworkId, tree, templates);
    }

    public Declaration withFunding(Funding value) {
        return new Declaration(id, revision, header, narrative, value, frameworkId, tree, templates);
    }

    public Declaration withTree(IndicatorTree value) {
        return new Declaration(id, revision, header, narrative, funding, frameworkId, value, templates);
    }

    /** The same declaration recording that it was built from {@code ref} (replacing an older version of it). */
    public Declaration withTemplate(TemplateRef ref) {
        List<TemplateRef> list = new java.util.ArrayList<>(templates.stream().filter(t -> !t.id().equals(ref.id())).toList());
        list.add(ref);
        return new Declaration(id, revision, header, narrative, funding, frameworkId, tree, list);
    }

    /** The same content as stored under {@code newId} at {@code newRevision}. */
    public Declaration stored(long newId, int newRevision) {
        return new Declaration(newId, newRevision, header, narrative, funding, frameworkId, tree, templates);
    }
}
