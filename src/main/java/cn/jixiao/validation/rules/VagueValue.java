package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.indicator.Indicator;
import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.indicator.Level1;
import cn.jixiao.indicator.Level2;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** Vague wording in 产出/效益 targets (较高, 不断提升, 进一步 …): say how much, or how it will be judged. */
public final class VagueValue extends BaseRule {
    private static final String[] VAGUE = {"较高", "较好", "较大", "不断", "进一步", "逐步", "持续", "有所", "明显",
        "显著", "稳步", "一定", "良好"};

    public VagueValue() {
        super("vague-value", Severity.INFO, "wording");
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        Walk.Flat w = Walk.flat(d);
        Level1 seen = null;
        boolean target = false;
        for (int k = 0; k < w.size; k++) {
            Level1 l1 = w.level1[k];
            if (l1 != seen) {
                seen = l1;
                target = l1.name().startsWith("产出") || l1.name().startsWith("效益");
            }
            if (target && w.indicator[k].full() instanceof IndicatorValue.Qualitative q) {
                String word = vagueWord(q.text());
                if (word != null) {
                    out.add(this, w.path(k), q.text().strip(), word);
                }
            }
        }
    }

    private static String vagueWord(String text) {
        for (String w : VAGUE) {
            if (text.contains(w)) {
                return w;
            }
        }
        return null;
    }
}
