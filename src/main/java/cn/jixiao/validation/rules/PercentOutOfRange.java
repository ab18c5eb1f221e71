package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

import java.math.BigDecimal;

/** A percentage above 100% (or a per-mille above 1000‰), except growth rates, which may exceed it. */
public final class PercentOutOfRange implements Rule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public String id() {
        return "percent-out-of-range";
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
            if (i.name().contains("增长") || i.name().contains("增幅") || i.name().contains("增速")) {
                return;
            }
            check(i.half(), out, "half", () -> Walk.path(l1, l2, i));
            check(i.full(), out, "full", () -> Walk.path(l1, l2, i));
        });
    }

    private void check(IndicatorValue v, Findings out, String side, java.util.function.Supplier<String> path) {
        if (v instanceof IndicatorValue.Quantitative q) {
            BigDecimal limit = q.isPercent() ? HUNDRED : "‰".equals(q.unit()) ? THOUSAND : null;
            if (limit != null && q.number().compareTo(limit) > 0) {
                out.add(this, defaultSeverity(), path.get(), side, q.text().strip());
            }
        }
    }
}
