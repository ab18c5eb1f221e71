package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Change;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.FixableRule;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.util.List;

/**
 * A quantitative value spelled in a non-standard way (full-width ＞＝９８％, {@code >=95%}, 不低于98%): the form
 * should read ≥98%. {@code fix} rewrites it; the meaning does not change.
 */
public final class ValueSpelling extends BaseRule implements FixableRule {
    public ValueSpelling() {
        super("value-spelling", Severity.INFO, "value");
    }

    private static boolean nonStandard(IndicatorValue v) {
        return v instanceof IndicatorValue.Quantitative q && !q.standardSpelling();
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            if (nonStandard(i.half())) {
                out.add(this, defaultSeverity(), form.path(k), "", Support.shown(i.half()),
                        ((IndicatorValue.Quantitative) i.half()).standard());
            }
            if (nonStandard(i.full())) {
                out.add(this, defaultSeverity(), form.path(k), "", Support.shown(i.full()),
                        ((IndicatorValue.Quantitative) i.full()).standard());
            }
        }
    }

    @Override
    public Declaration fix(Declaration d, RuleContext ctx, List<Change> changes) {
        IndicatorTree tree = d.tree();
        for (IndicatorTree.Node n : d.tree().nodes()) {
            if (n.depth() != 3) {
                continue;
            }
            Indicator i = d.tree().indicator(n.position());
            if (nonStandard(i.half()) || nonStandard(i.full())) {
                Indicator fixed = i.withHalf(respell(i.half())).withFull(respell(i.full()));
                tree = tree.update(n.position().toString(), x -> fixed);
                changes.add(new Change(id(), n.path(), i.half().text() + " | " + i.full().text(),
                        fixed.half().text() + " | " + fixed.full().text()));
            }
        }
        return d.withTree(tree);
    }

    private static IndicatorValue respell(IndicatorValue v) {
        return nonStandard(v) ? ValueGrammar.parse(((IndicatorValue.Quantitative) v).standard()) : v;
    }
}
