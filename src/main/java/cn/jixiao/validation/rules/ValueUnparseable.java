package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.indicator.ValueGrammar;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** A value that looks quantitative but does not parse: {@code ≥abc}, {@code =%}. */
public final class ValueUnparseable implements Rule {
    @Override
    public String id() {
        return "value-unparseable";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return "value";
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        Walk.indicators(d, (l1, l2, i) -> {
            check(i.half(), l1.name(), "half", out, () -> Walk.path(l1, l2, i));
            check(i.full(), l1.name(), "full", out, () -> Walk.path(l1, l2, i));
        });
    }

    private void check(IndicatorValue v, String l1, String side, Findings out,
                       java.util.function.Supplier<String> path) {
        if (v instanceof IndicatorValue.Qualitative q && ValueGrammar.looksQuantitative(q.text())) {
            out.add(this, defaultSeverity(), path.get(), side, q.text().strip());
        }
    }
}
