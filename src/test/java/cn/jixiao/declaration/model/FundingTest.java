package cn.jixiao.declaration.model;

import cn.jixiao.model.DomainException;
import cn.jixiao.testsupport.SampleForm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FundingTest {
    private static Optional<BigDecimal> amount(String s) {
        return Optional.of(new BigDecimal(s));
    }

    private static Expense line(String name, String half, String full) {
        return new Expense(name, half == null ? Optional.empty() : amount(half),
                full == null ? Optional.empty() : amount(full));
    }

    @Test
    void sourcesAreSetAndClearedWithoutChangingTheOriginal() {
        Funding f = Funding.EMPTY.with(FundingSource.TOTAL, amount("30")).with(FundingSource.GENERAL_BUDGET, amount("30"));
        assertThat(f.total()).contains(new BigDecimal("30"));
        assertThat(f.amount(FundingSource.GENERAL_BUDGET)).contains(new BigDecimal("30"));
        assertThat(f.amount(FundingSource.OTHER)).isEmpty();
        assertThat(Funding.EMPTY.total()).isEmpty();

        Funding cleared = f.with(FundingSource.TOTAL, Optional.empty());
        assertThat(cleared.total()).isEmpty();
        assertThat(f.total()).contains(new BigDecimal("30"));
        assertThat(cleared.sources()).containsOnlyKeys(FundingSource.GENERAL_BUDGET);
        assertThatThrownBy(() -> f.sources().put(FundingSource.OTHER, BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void negativeSourcesAreRefused() {
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> Funding.EMPTY.with(FundingSource.OTHER, amount("-0.5")));
        assertThat(e.key()).isEqualTo("amount.negative");
        assertThat(new Funding(Map.of(FundingSource.OTHER, BigDecimal.ZERO), List.of()).amount(FundingSource.OTHER))
                .contains(BigDecimal.ZERO);
    }

    @Test
    void sourcesAreFoundByIdLabelAndSubtotal() {
        assertThat(FundingSource.find("资金总额")).contains(FundingSource.TOTAL);
        assertThat(FundingSource.find("total")).contains(FundingSource.TOTAL);
        assertThat(FundingSource.find("TOTAL")).contains(FundingSource.TOTAL);
        assertThat(FundingSource.find(" 一般公共预算资金 ")).contains(FundingSource.GENERAL_BUDGET);
        assertThat(FundingSource.find("小计")).contains(FundingSource.FISCAL);
        assertThat(FundingSource.find("财政拨款小计")).contains(FundingSource.FISCAL);
        assertThat(FundingSource.find("carry-over")).contains(FundingSource.CARRY_OVER);
        assertThat(FundingSource.find("彩票公益金")).isEmpty();
        for (FundingSource s : FundingSource.values()) {
            assertThat(FundingSource.find(s.id())).contains(s);
            assertThat(FundingSource.find(s.label())).contains(s);
        }
    }

    @Test
    void theSampleFormsIncomeAddsUp() {
        SampleForm form = SampleForm.load(SampleForm.YIBAO_ZULIN);
        Funding f = form.toDeclaration().funding();
        BigDecimal parts = FundingSource.totalParts().stream().flatMap(s -> f.amount(s).stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fiscal = FundingSource.fiscalParts().stream().flatMap(s -> f.amount(s).stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(f.total()).get().satisfies(t -> assertThat(parts).isEqualByComparingTo(t));
        assertThat(f.amount(FundingSource.FISCAL)).get().satisfies(t -> assertThat(fiscal).isEqualByComparingTo(t));
        // blank cells stay blank, 0 stays 0
        assertThat(f.amount(FundingSource.GOVERNMENT_FUND)).isEmpty();
        assertThat(f.amount(FundingSource.SOCIAL_SECURITY)).contains(new BigDecimal("0"));
        // docs/domain.md §6: 医保租赁业务专项 plans 9.7 of 30 for the half year, 32.3%
        BigDecimal share = f.halfPlanTotal().multiply(new BigDecimal("100"))
                .divide(f.total().orElseThrow(), 1, RoundingMode.HALF_UP);
        assertThat(share).isEqualByComparingTo("32.3");
    }

    @Test
    void expensesAreAddedInOrderAndDuplicatesRefused() {
        Funding f = Funding.EMPTY.addExpense(line("租车费", "9.7", "20")).addExpense(line("绿植租赁", null, "10"));
        assertThat(f.expenses()).extracting(Expense::name).containsExactly("租车费", "绿植租赁");
        assertThat(Funding.EMPTY.expenses()).isEmpty();
        DomainException e = catchThrowableOfType(DomainException.class, () -> f.addExpense(line("租车费", "1", "1")));
        assertThat(e.key()).isEqualTo("expense.duplicate");
        assertThat(e.args()).containsExactly("租车费");
    }

    @Test
    void expenseIndexByNameOrPosition() {
        Funding f = Funding.EMPTY.addExpense(line("2", "1", "1")).addExpense(line("审计费", "0", "0"))
                .addExpense(line("法律服务费", "2", "4"));
        assertThat(f.expenseIndex("审计费")).isEqualTo(1);
        assertThat(f.expenseIndex(" 法律服务费 ")).isEqualTo(2);
        assertThat(f.expenseIndex("#3")).isEqualTo(2);
        assertThat(f.expenseIndex("#2")).isEqualTo(1);
        assertThat(f.expenseIndex("3")).isEqualTo(2);
        // a line named "2" is found by its name before position 2
        assertThat(f.expenseIndex("2")).isZero();
    }

    @Test
    void unknownExpensesListWhatThereIs() {
        Funding f = Funding.EMPTY.addExpense(line("审计费", "0", "0")).addExpense(line("劳务费", "0", "0"));
        for (String ref : List.of("宣传费", "#0", "#3", "0", "#-1")) {
            DomainException e = catchThrowableOfType(DomainException.class, () -> f.expenseIndex(ref));
            assertThat(e).as(ref).isNotNull();
            assertThat(e.key()).isEqualTo("expense.not-found");
            assertThat(e.args()).containsExactly(ref, "审计费、劳务费");
        }
    }

    @Test
    void setAndRemoveExpenses() {
        Funding f = Funding.EMPTY.addExpense(line("审计费", "0", "0")).addExpense(line("劳务费", "0", "0"));
        Funding set = f.setExpense(1, line("劳务费", "1.5", "3"));
        assertThat(set.expenses().get(1).half()).contains(new BigDecimal("1.5"));
        assertThat(f.expenses().get(1).half()).contains(new BigDecimal("0"));
        assertThat(catchThrowableOfType(DomainException.class, () -> f.setExpense(1, line("审计费", "1", "1"))).key())
                .isEqualTo("expense.duplicate");
        Funding removed = f.removeExpense(0);
        assertThat(removed.expenses()).extracting(Expense::name).containsExactly("劳务费");
        assertThat(f.expenses()).hasSize(2);
    }

    @Test
    void planTotalsSumTheLinesThatStateAnAmount() {
        Funding f = Funding.EMPTY.addExpense(line("租车费", "9.7", "30"))
                .addExpense(line("绿植租赁", null, "15.25"))
                .addExpense(line("审计费", "0.3", null));
        assertThat(f.halfPlanTotal()).isEqualByComparingTo("10.0");
        assertThat(f.fullPlanTotal()).isEqualByComparingTo("45.25");
        assertThat(Funding.EMPTY.halfPlanTotal()).isEqualByComparingTo("0");
    }

    @Test
    void expenseLinesNeedAName() {
        assertThat(catchThrowableOfType(DomainException.class, () -> line(" ", "1", "1")).key())
                .isEqualTo("expense.name-empty");
    }
}
