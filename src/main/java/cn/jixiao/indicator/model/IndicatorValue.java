package cn.jixiao.indicator.model;

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

    /**
     * [comparator] number [unit]; {@code explicitComparator} is false when the text had none (means =).
     * {@code standardSpelling} is true when the text, stripped, already reads {@link #standard()}: found out once,
     * when the value is parsed, so that validating it again and again costs nothing.
     */
    record Quantitative(String text, Comparator comparator, java.math.BigDecimal number, String unit,
                        boolean explicitComparator, boolean standardSpelling) implements IndicatorValue {
        public Quantitative(String text, Comparator comparator, java.math.BigDecimal number, String unit,
                            boolean explicitComparator) {
            this(text, comparator, number, unit, explicitComparator,
                    text.strip().equals(standard(comparator, number, unit, explicitComparator)));
        }

        @Override
        public String canonical() {
            return comparator.symbol() + number.toPlainString() + unit;
        }

        /** How the form should spell it: the comparator only when the text had one, a plain number, the unit (≥98%). */
        public String standard() {
            return standard(comparator, number, unit, explicitComparator);
        }

        static String standard(Comparator comparator, java.math.BigDecimal number, String unit, boolean explicit) {
            return (explicit ? comparator.symbol() : "") + number.toPlainString() + unit;
        }

        public boolean isPercent() {
            return "%".equals(unit);
        }
    }

    /**
     * Any other non-empty text: 规范, 较高, 严格执行相关财经法律法规. {@code looksQuantitative} is true for a text
     * evidently meant as a quantity that does not parse as one (≥abc, =%), see {@link ValueGrammar#looksQuantitative}.
     */
    record Qualitative(String text, boolean looksQuantitative) implements IndicatorValue {
        public Qualitative(String text) {
            this(text, ValueGrammar.looksQuantitative(text));
        }

        @Override
        public String canonical() {
            return text.strip();
        }
    }
}
