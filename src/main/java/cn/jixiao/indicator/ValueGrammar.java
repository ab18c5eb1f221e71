package cn.jixiao.indicator;

/** Parses 指标值 text (DOMAIN.md §4). Placeholder: the full grammar is being written. */
public final class ValueGrammar {
    private ValueGrammar() {
    }

    public static IndicatorValue parse(String text) {
        if (text == null || text.isBlank()) {
            return IndicatorValue.Blank.INSTANCE;
        }
        if (text.strip().equals(IndicatorValue.Schedule.WORD)) {
            return new IndicatorValue.Schedule(text);
        }
        return new IndicatorValue.Qualitative(text);
    }
}
