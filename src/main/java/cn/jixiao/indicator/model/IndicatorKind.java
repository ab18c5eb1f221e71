package cn.jixiao.indicator.model;

/**
 * Cumulative indicators grow over the year (counts, amounts, 预算执行率, 参训率, 完成率): the half-year value
 * cannot exceed the full-year value. Level indicators are a state held all year (满意度, 合格率, 达标率 and
 * qualitative words): half equals full, lower is allowed, higher is suspicious (docs/domain.md §5).
 */
public enum IndicatorKind {
    CUMULATIVE, LEVEL;

    private static final String[] LEVEL_WORDS = {"满意度", "满意率", "合格率", "达标率", "合规率", "准确率", "覆盖率",
        "知晓率", "及时率", "正确率", "优良率", "完好率", "通过率", "规范率", "合规性", "及时性", "准确性", "一致率"};
    private static final String[] CUMULATIVE_WORDS = {"执行率", "到位率", "参训率", "完成率", "使用率", "支付率",
        "办结率", "结案率", "验收率", "实现率"};

    /** The kind an indicator's name and full-year value suggest when no template states it. */
    public static IndicatorKind infer(String name, IndicatorValue full) {
        for (String w : CUMULATIVE_WORDS) {
            if (name.contains(w)) {
                return CUMULATIVE;
            }
        }
        for (String w : LEVEL_WORDS) {
            if (name.contains(w)) {
                return LEVEL;
            }
        }
        if (full instanceof IndicatorValue.Quantitative q) {
            return q.isPercent() || "‰".equals(q.unit()) ? LEVEL : CUMULATIVE;
        }
        return LEVEL;
    }
}
