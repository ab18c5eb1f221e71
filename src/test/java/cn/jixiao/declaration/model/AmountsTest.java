package cn.jixiao.declaration.model;

import cn.jixiao.model.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AmountsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "58.17;58.17",
            "30;30",
            "30.00;30.00",
            "9.7;9.7",
            "1,234.5;1234.5",
            "1，234.5;1234.5",
            "1,234,567.25;1234567.25",
            "１２３．４５;123.45",
            "４５.４;45.4",
            "30万元;30",
            "' 0 ';0",
            "58.1725;58.1725",
    })
    void parsesExactDecimalsKeepingTheScaleAsWritten(String text, String expected) {
        Optional<BigDecimal> value = Amounts.parse(text);
        assertThat(value).isPresent();
        // exact, including the scale: 30 and 30.00 are different texts of the same amount
        assertThat(value.get()).isEqualTo(new BigDecimal(expected));
        assertThat(value.get().scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-", "—", " - "})
    void blankAndDashMeanNoAmount(String text) {
        assertThat(Amounts.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-5", "1.2.3", "1e3", "三十", "30%", ".5", "5.", "NaN",
            "1,5", "12,34", "1,2345", ",123", "1234,567", "1,234.5,6"})
    void anythingElseIsRefusedNamingTheText(String text) {
        // "1,5" must not silently become 15: commas are accepted only as thousands separators
        DomainException e = catchThrowableOfType(DomainException.class, () -> Amounts.parse(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.key()).isEqualTo("amount.bad");
        assertThat(e.args()).containsExactly(text);
    }

    @Test
    void displayShowsAtLeastTwoDecimalsWithoutRounding() {
        assertThat(Amounts.display(new BigDecimal("30")).toPlainString()).isEqualTo("30.00");
        assertThat(Amounts.display(new BigDecimal("9.7")).toPlainString()).isEqualTo("9.70");
        assertThat(Amounts.display(new BigDecimal("58.1725")).toPlainString()).isEqualTo("58.1725");
        assertThat(Amounts.format(Optional.of(new BigDecimal("45.4")))).isEqualTo("45.40");
        assertThat(Amounts.format(Optional.empty())).isEmpty();
    }

    @Test
    void negativeAmountsAreRefusedWhereAmountsAreStored() {
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> new Expense("租车费", Optional.of(new BigDecimal("-1")), Optional.empty()));
        assertThat(e.key()).isEqualTo("amount.negative");
        assertThat(e.args()).containsExactly("-1");
    }
}
