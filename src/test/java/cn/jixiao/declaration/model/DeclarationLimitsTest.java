package cn.jixiao.declaration.model;

import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.model.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The limits every stored declaration is held to, each refusal naming the field and its place. */
class DeclarationLimitsTest {

    /** The Jiangsu skeleton with one indicator under 产出指标/数量指标 (the 3rd 一级, its 1st 二级). */
    private static Declaration with(Indicator indicator) {
        Declaration d = Declaration.create("测试项目", 2026, "南通市医疗保障局", Framework.JIANGSU);
        List<Level1> l1s = new ArrayList<>();
        for (Level1 l1 : d.tree().level1s()) {
            List<Level2> l2s = new ArrayList<>();
            for (Level2 l2 : l1.children()) {
                l2s.add(l1.name().equals("产出指标") && l2.name().equals("数量指标") ? l2.withIndicators(List.of(indicator)) : l2);
            }
            l1s.add(l1.withChildren(l2s));
        }
        return d.withTree(new IndicatorTree(l1s));
    }

    private static DomainException refusal(Declaration d) {
        return catchThrowableOfType(DomainException.class, () -> DeclarationLimits.check(d));
    }

    @Test
    void valuesWithinTheirLimitsPass() {
        Declaration d = with(Indicator.of("长".repeat(200), "≥" + "9".repeat(498) + "%", "充分"))
                .withFunding(Funding.EMPTY.with(FundingSource.TOTAL, Optional.of(new BigDecimal("9999999999999999.9999"))));
        assertThatCode(() -> DeclarationLimits.check(d)).doesNotThrowAnyException();
    }

    @Test
    void anIndicatorNameBeyondItsLimitIsRefusedWithItsPlace() {
        DomainException e = refusal(with(Indicator.of("长".repeat(201), "≥1次", "≥2次")));
        assertThat(e.key()).isEqualTo("input.too-long");
        assertThat(e.args()[0]).hasToString("field.indicator[3.1.1]"); // a MessageRef: key and arguments
        assertThat(e.args()).endsWith(201, DeclarationLimits.NAME);
    }

    @Test
    void aValueBeyondItsLimitIsRefusedAsTheHalfOrFullYearValue() {
        DomainException half = refusal(with(Indicator.of("培训人次", "好".repeat(501), "≥2次")));
        assertThat(half.args()[0]).hasToString("field.half[3.1.1]");
        DomainException full = refusal(with(Indicator.of("培训人次", "≥1次", "好".repeat(501))));
        assertThat(full.args()[0]).hasToString("field.full[3.1.1]");
    }

    @Test
    void anAmountBeyondItsDigitsIsRefusedNamingItsLine() {
        Declaration d = with(Indicator.of("培训人次", "≥1次", "≥2次")).withFunding(Funding.EMPTY.addExpense(
                new Expense("业务经费", Optional.empty(), Optional.of(new BigDecimal("12345678901234567")))));
        DomainException e = refusal(d);
        assertThat(e.key()).isEqualTo("amount.too-large");
        assertThat(e.args()[0]).isEqualTo("业务经费 12345678901234567");
    }
}
