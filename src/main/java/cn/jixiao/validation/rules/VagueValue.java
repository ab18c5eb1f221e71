package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** Vague wording in 产出/效益 targets (较高, 不断提升, 进一步 …): say how much, or how it will be judged. */
public final class VagueValue extends BaseRule {
    private static final String[] VAGUE = {"较高", "较好", "较大", "不断", "进一步", "逐步", "持续", "有所", "明显",
        "显著", "稳步", "一定", "良好"};

    public VagueValue() {
        super("vague-value", Severity.INFO, "wording");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        for (int k = 0; k < form.size(); k++) {
            byte section = form.section(k);
            if ((section == FlatView.OUTPUT || section == FlatView.BENEFIT)
                    && form.indicator(k).full() instanceof IndicatorValue.Qualitative q) {
                String word = vagueWord(q.text());
                if (word != null) {
                    out.add(this, form.path(k), Support.shown(q), word);
                }
            }
        }
    }

    /** The first character of each word in {@link #VAGUE}, in the same order. */
    private static final String FIRSTS;

    static {
        StringBuilder firsts = new StringBuilder();
        for (String w : VAGUE) {
            firsts.append(w.charAt(0));
        }
        FIRSTS = firsts.toString();
    }

    /**
     * The first word of {@link #VAGUE} (in its order) that the text contains, or null: one pass over the text,
     * comparing words only where one can start.
     */
    static String vagueWord(String text) {
        int found = Integer.MAX_VALUE;
        for (int p = 0, n = text.length(); p < n; p++) {
            char c = text.charAt(p);
            for (int w = FIRSTS.indexOf(c); w >= 0 && w < found; w = FIRSTS.indexOf(c, w + 1)) {
                if (text.startsWith(VAGUE[w], p)) {
                    found = w;
                    break;
                }
            }
        }
        return found == Integer.MAX_VALUE ? null : VAGUE[found];
    }
}
