package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** Vague wording in 产出/效益 targets (较高, 不断提升, 进一步 …): say how much, or how it will be judged. */
public final class VagueValue implements Rule {
    private static final String[] VAGUE = {"较高", "较好", "较大", "不断", "进一步", "逐步", "持续", "有所", "明显",
        "显著", "稳步", "一定", "良好"};

    @Override
    public String id() {
        return "vague-value";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String category() {
        return "wording";
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        Walk.indicators(d, (l1, l2, i) -> {
            if (!(l1.name().startsWith("产出") || l1.name().startsWith("效益"))) {
                return;
            }
            if (i.full() instanceof IndicatorValue.Qualitative q) {
                for (String w : VAGUE) {
                    if (q.text().contains(w)) {
                        out.add(this, Walk.path(l1, l2, i), q.text().strip(), w);
                        return;
                    }
                }
            }
        });
    }
}
