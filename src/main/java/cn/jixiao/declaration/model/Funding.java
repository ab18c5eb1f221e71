package cn.jixiao.declaration.model;

import cn.jixiao.model.DomainException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 项目资金: the 收入 amounts by source (absent = blank on the form) and the 支出 lines. */
public record Funding(Map<FundingSource, BigDecimal> sources, List<Expense> expenses) {
    public static final Funding EMPTY = new Funding(Map.of(), List.of());

    public Funding {
        EnumMap<FundingSource, BigDecimal> copy = new EnumMap<>(FundingSource.class);
        copy.putAll(sources);
        copy.values().forEach(Amounts::requireNonNegative);
        sources = Collections.unmodifiableMap(copy);
        expenses = List.copyOf(expenses);
    }

    public Optional<BigDecimal> amount(FundingSource source) {
        return Optional.ofNullable(sources.get(source));
    }

    public Optional<BigDecimal> total() {
        return amount(FundingSource.TOTAL);
    }

    public Funding with(FundingSource source, Optional<BigDecimal> amount) {
        EnumMap<FundingSource, BigDecimal> copy = new EnumMap<>(FundingSource.class);
        copy.putAll(sources);
        amount.ifPresentOrElse(a -> copy.put(source, a), () -> copy.remove(source));
        return new Funding(copy, expenses);
    }

    /**
     * Sets one 收入 amount and lets the totals above it follow, as the form adds them up: setting a part of 财政拨款
     * makes 财政拨款 the sum of its parts, and 资金总额 then (or after any part of it) the sum of its parts. A total
     * whose parts are all blank stays as it was; a total set directly is stored as given (the validation rules say
     * when it no longer adds up).
     */
    public Funding withTotalsFollowing(FundingSource source, Optional<BigDecimal> amount) {
        Funding f = with(source, Amounts.unlessSame(amount(source), amount));
        if (FundingSource.fiscalParts().contains(source)) {
            f = f.following(FundingSource.FISCAL, FundingSource.fiscalParts());
        }
        if (source != FundingSource.TOTAL) {
            f = f.following(FundingSource.TOTAL, FundingSource.totalParts());
        }
        return f;
    }

    private Funding following(FundingSource total, List<FundingSource> parts) {
        List<BigDecimal> present = parts.stream().flatMap(s -> amount(s).stream()).toList();
        return present.isEmpty() ? this : with(total, Amounts.unlessSame(amount(total),
                Optional.of(present.stream().reduce(BigDecimal.ZERO, BigDecimal::add))));
    }

    /** Index of the expense line named {@code ref}, or at one-based position {@code #n}/{@code n}. */
    public int expenseIndex(String ref) {
        String r = ref.strip();
        for (int i = 0; i < expenses.size(); i++) {
            if (expenses.get(i).name().equals(r)) {
                return i;
            }
        }
        String digits = r.startsWith("#") ? r.substring(1) : r;
        if (digits.matches("\\d{1,9}")) {
            int i = Integer.parseInt(digits) - 1;
            if (i >= 0 && i < expenses.size()) {
                return i;
            }
        }
        throw new DomainException("expense.not-found", ref,
                String.join("、", expenses.stream().map(Expense::name).toList()));
    }

    public Funding addExpense(Expense expense) {
        if (expenses.stream().anyMatch(e -> e.name().equals(expense.name()))) {
            throw new DomainException("expense.duplicate", expense.name());
        }
        List<Expense> list = new ArrayList<>(expenses);
        list.add(expense);
        return new Funding(sources, list);
    }

    public Funding setExpense(int index, Expense expense) {
        List<Expense> list = new ArrayList<>(expenses);
        for (int i = 0; i < list.size(); i++) {
            if (i != index && list.get(i).name().equals(expense.name())) {
                throw new DomainException("expense.duplicate", expense.name());
            }
        }
        list.set(index, expense);
        return new Funding(sources, list);
    }

    public Funding removeExpense(int index) {
        List<Expense> list = new ArrayList<>(expenses);
        list.remove(index);
        return new Funding(sources, list);
    }

    /** Σ 半年(程)计划执行数 over the lines that state one. */
    public BigDecimal halfPlanTotal() {
        return expenses.stream().flatMap(e -> e.half().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ 全年(程)预算数 over the lines that state one. */
    public BigDecimal fullPlanTotal() {
        return expenses.stream().flatMap(e -> e.full().stream()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
