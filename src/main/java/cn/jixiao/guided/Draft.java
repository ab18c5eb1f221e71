package cn.jixiao.guided;

import cn.jixiao.declaration.model.Declaration;

/**
 * An unfinished guided build: the declaration as far as it got, the step reached, and within the indicator step the
 * index of the 二级 (in form order) being worked on.
 */
public record Draft(Declaration declaration, Step step, int level2) {
    public enum Step { FRAMEWORK, TEMPLATES, HEADER, NARRATIVE, FUNDING, EXPENSES, INDICATORS, SUMMARY }

    public Draft at(Step next) {
        return new Draft(declaration, next, 0);
    }

    public Draft with(Declaration d) {
        return new Draft(d, step, level2);
    }

    public Draft atLevel2(int index) {
        return new Draft(declaration, step, index);
    }
}
