package cn.jixiao.indicator;

import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.shell.UsageException;

import java.util.Optional;

/**
 * A 指标值 typed in a command ({@code --half}/{@code --full}): refused when it can't be a value at all (it starts like
 * a quantity but has no number: {@code ≥abc%}, {@code =%}), otherwise stored as the form writes it — {@code >=1000人次},
 * {@code ≧500人次}, {@code 不低于600人次} and full-width {@code ＞＝９８％} become {@code ≥1000人次}, {@code ≥500人次},
 * {@code ≥600人次}, {@code ≥98%}. Imported forms keep their own text; this is only for what a user types.
 *
 * @param value   what is stored
 * @param respelt the text as typed, when it was stored in another spelling
 */
record TypedValue(IndicatorValue value, Optional<String> respelt) {

    /** Parses what was typed for {@code option} ("--half"/"--full"), or refuses it (exit 2). */
    static TypedValue of(String option, String text) {
        IndicatorValue parsed = ValueGrammar.parse(text);
        if (parsed instanceof IndicatorValue.Qualitative q && q.looksQuantitative()) {
            throw new UsageException("value.unparseable", option, text.strip());
        }
        IndicatorValue stored = parsed.isBlank() ? parsed : ValueGrammar.parse(
                parsed instanceof IndicatorValue.Quantitative q ? q.standard() : parsed.canonical());
        boolean shown = !stored.isBlank() && !text.strip().equals(stored.text());
        return new TypedValue(stored, shown ? Optional.of(text.strip()) : Optional.empty());
    }
}
