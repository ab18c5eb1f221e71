package cn.jixiao.indicator;

/**
 * A 指标值 as parsed by {@link ValueGrammar}. Every kind keeps the text exactly as entered.
 */
public sealed interface IndicatorValue
        permits IndicatorValue.Blank, IndicatorValue.Schedule, IndicatorValue.Quantitative, IndicatorValue.Qualitative {

    /** The text exactly as the user entered it ("" for a blank cell). */
    String text();

    /** A canonical spelling: comparators and digits normalised (≥98%), otherwise the trimmed text. */
    String canonical();

    default boolean isBlank() {
        return this instanceof Blank;
    }

    static IndicatorValue of(String text) {
        return ValueGrammar.parse(text);
    }

    /** An empty cell. */
    record Blank() implements IndicatorValue {
        public static final Blank INSTANCE = new Blank();

        @Override
        public String text() {
            return "";
        }

        @Override
        public String canonical() {
            return "";
        }
    }

    /** 序时进度: on pace with the calendar (half-year only). */
    record Schedule(String text) implements IndicatorValue {
        public static final String WORD = "序时进度";

        @Override
        public String canonical() {
            return WORD;
        }
    }

    /** [comparator] number [unit]; {@code explicitComparator} is false when the text had none (means =). */
    record Quantitative(String text, Comparator comparator, java.math.BigDecimal number, String unit,
                        boolean explicitComparator) implements IndicatorValue {
        @Override
        public String canonical() {
            return comparator.symbol() + number.toPlainString() + unit;
        }

        public boolean isPercent() {
            return "%".equals(unit);
        }
    }

    /** Any other non-empty text: 规范, 较高, 严格执行相关财经法律法规. */
    record Qualitative(String text) implements IndicatorValue {
        @Override
        public String canonical() {
            return text.strip();
        }
    }
}
