package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;

import java.util.ArrayList;
import java.util.List;

/** Applies the fixes of the fixable rules (all, or one) and lists what changed. */
public final class Fixer {
    public record Result(Declaration declaration, List<Change> changes) {
    }

    private final RuleContext context;

    public Fixer(RuleContext context) {
        this.context = context;
    }

    public Result fix(Declaration d, List<Rule> rules) {
        List<Change> changes = new ArrayList<>();
        Declaration current = d;
        for (Rule r : rules) {
            if (r instanceof FixableRule f) {
                current = f.fix(current, context, changes);
            }
        }
        return new Result(current, changes);
    }
}
