package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;

import java.util.List;

/** A rule whose findings can be repaired by computation alone (no judgement needed). */
public interface FixableRule extends Rule {
    /** Returns {@code d} with every finding of this rule fixed that can be, recording each change. */
    Declaration fix(Declaration d, RuleContext context, List<Change> changes);
}
