package cn.jixiao.template.model;

import cn.jixiao.model.DomainException;

import java.util.List;

/** A template file that does not lint clean: nothing was stored. The shell prints every problem. */
public final class TemplateProblemsException extends DomainException {
    private final transient List<TemplateProblem> problems;

    public TemplateProblemsException(List<TemplateProblem> problems) {
        super("template.invalid", problems.isEmpty() ? "" : problems.get(0).file(), problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
