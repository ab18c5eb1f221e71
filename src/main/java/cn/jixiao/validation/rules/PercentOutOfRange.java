package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.math.BigDecimal;

/** A percentage above 100% (or a per-mille above 1000‰), except growth rates, which may exceed it. */
public final class PercentOutOfRange extends BaseRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public PercentOutOfRange() {
        super("percent-out-of-range", Severity.ERROR, "value");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            boolean half = outOfRange(i.half());
            boolean full = outOfRange(i.full());
            if (!(half || full) || growth(i.name())) {
                continue;
            }
            Support.perSide(this, out, form.path(k), i, half, full);
        }
    }

    private static boolean growth(String name) {
        return name.contains("增长") || name.contains("增幅") || name.contains("增速");
    }

    private static boolean outOfRange(IndicatorValue v) {
        if (v instanceof IndicatorValue.Quantitative q) {
            BigDecimal limit = q.isPercent() ? HUNDRED : "‰".equals(q.unit()) ? THOUSAND : null;
            return limit != null && q.number().compareTo(limit) > 0;
        }
        return false;
    }
}
