package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** 序时进度 as a full-year value: it only means something at mid-year. */
public final class ScheduleMisuse extends BaseRule {
    public ScheduleMisuse() {
        super("schedule-misuse", Severity.ERROR, "value");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            if (i.full() instanceof IndicatorValue.Schedule) {
                out.add(this, form.path(k));
            }
        }
    }
}
