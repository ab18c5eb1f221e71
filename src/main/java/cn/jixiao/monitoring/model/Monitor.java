package cn.jixiao.monitoring.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.indicator.model.Comparator;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.ValueGrammar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works out a monitoring record against its declaration (DOMAIN.md §7):
 * <ul>
 * <li>序时进度: the share of the year gone at the as-of date — whole months at a month's end (30 June: 6/12 = 50%),
 *     else elapsed days over the year's days;</li>
 * <li>funding: 执行率 = 1-6月执行数 ÷ 全年预算数 (Σ 支出 全年预算数, else 资金总额), against 计划执行率 =
 *     Σ 半年计划执行数 ÷ 全年预算数 and against 序时进度; behind when lower by more than one percentage point;</li>
 * <li>each 三级 indicator: cumulative indicators compare the actual with the half-year value (序时进度 or a blank
 *     half-year value: the as-of share of the full-year value), level indicators with their target as it stands;
 *     ≥, &gt; and = targets ask for at least the value, ≤ and &lt; for at most; a qualitative target is met by the
 *     same words. The expected year-end value is compared with the full-year target.</li>
 * <li>status: at risk when the expected value misses the full-year target or the officer says 不可能; else no data
 *     without an actual; else behind when the actual falls short; else on track.</li>
 * </ul>
 */
public final class Monitor {
    /** How far short of its target an actual is "far behind": more than this share of the target (percent). */
    public static final BigDecimal FAR_BEHIND_PERCENT = BigDecimal.valueOf(20);
    /** The indicator that the execution rate fills when no actual was typed for it. */
    public static final String EXECUTION_RATE = "预算执行率";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    private Monitor() {
    }

    /** 序时进度 at {@code asOf} in percent, 2 decimals: see the class comment. */
    public static BigDecimal schedule(LocalDate asOf) {
        if (asOf.getDayOfMonth() == asOf.lengthOfMonth()) {
            return BigDecimal.valueOf(asOf.getMonthValue()).multiply(HUNDRED).divide(BigDecimal.valueOf(12), SCALE,
                    RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(asOf.getDayOfYear()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(asOf.lengthOfYear()), SCALE, RoundingMode.HALF_UP);
    }

    /** Works out {@code m} against {@code d}; {@code kinds} says whether an indicator is cumulative or a level. */
    public static MonitoringReport report(Declaration d, Monitoring m, Function<Indicator, IndicatorKind> kinds) {
        BigDecimal schedule = schedule(m.asOf());
        List<Expense> expenses = d.funding().expenses();
        List<FundingProgress> lines = new ArrayList<>();
        for (Expense e : expenses) {
            lines.add(progress(e.name(), e.full(), e.half(), m.executed(e.name()), schedule));
        }
        Optional<BigDecimal> executed = m.executedTotal();
        if (executed.isEmpty() && !m.executed().isEmpty()) {
            executed = Optional.of(m.executed().stream().map(Monitoring.Execution::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        boolean anyHalf = expenses.stream().anyMatch(e -> e.half().isPresent());
        FundingProgress total = progress("", Scorer.budget(d),
                anyHalf ? Optional.of(d.funding().halfPlanTotal()) : Optional.empty(), executed, schedule);

        Map<String, MonitoringEntry> entries = new HashMap<>();
        m.entries().forEach(x -> entries.put(x.path(), x));
        List<MonitoringRow> rows = new ArrayList<>();
        IndicatorTree tree = d.tree();
        for (IndicatorTree.Node n : tree.nodes()) {
            if (n.depth() != 3) {
                continue;
            }
            Indicator i = tree.indicator(n.position());
            MonitoringEntry x = entries.getOrDefault(n.path(), MonitoringEntry.empty(n.path()));
            rows.add(row(n.position().toString(), n.path(), i, kinds.apply(i), x, total, schedule));
        }
        return new MonitoringReport(m, schedule, total, lines, rows);
    }

    private static FundingProgress progress(String line, Optional<BigDecimal> budget, Optional<BigDecimal> half,
                                            Optional<BigDecimal> executed, BigDecimal schedule) {
        Optional<BigDecimal> b = budget.filter(x -> x.signum() > 0);
        Optional<BigDecimal> rate = b.isPresent() ? executed.map(e -> percent(e, b.get())) : Optional.empty();
        Optional<BigDecimal> planned = b.isPresent() ? half.map(h -> percent(h, b.get())) : Optional.empty();
        boolean behindPlan = false;
        boolean behindSchedule = false;
        if (b.isPresent() && executed.isPresent()) {
            BigDecimal e100 = executed.get().multiply(HUNDRED);
            // exactly, without the rounded rates: (plan − executed) × 100 > budget means more than one point apart
            behindPlan = half.isPresent() && half.get().multiply(HUNDRED).subtract(e100).compareTo(b.get()) > 0;
            behindSchedule = schedule.multiply(b.get()).subtract(e100).compareTo(b.get()) > 0;
        }
        return new FundingProgress(line, budget, half, executed, rate, planned, behindPlan, behindSchedule);
    }

    /** part ÷ whole in percent, 2 decimals HALF_UP. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, SCALE, RoundingMode.HALF_UP);
    }

    private static MonitoringRow row(String position, String path, Indicator i, IndicatorKind kind, MonitoringEntry x,
                                     FundingProgress total, BigDecimal schedule) {
        String actualText = x.actual();
        boolean fromExecution = false;
        if (actualText.isEmpty() && i.name().contains(EXECUTION_RATE) && total.rate().isPresent()) {
            actualText = total.rate().get().toPlainString() + "%";
            fromExecution = true;
        }
        IndicatorValue actual = ValueGrammar.parse(actualText);
        Optional<IndicatorValue> target = halfTarget(i, kind, schedule);
        Optional<Boolean> met = actual.isBlank() || target.isEmpty() ? Optional.empty() : meets(target.get(), actual);
        boolean behind = met.isPresent() && !met.get();
        boolean far = behind && farBehind(target.get(), actual);
        IndicatorValue expected = ValueGrammar.parse(x.expected());
        boolean expectedShort = !expected.isBlank() && meets(i.full(), expected).map(ok -> !ok).orElse(false);
        RowStatus status = expectedShort || x.likelihood().filter(l -> l == Likelihood.IMPOSSIBLE).isPresent()
                ? RowStatus.AT_RISK
                : actual.isBlank() ? RowStatus.NO_DATA
                : behind ? RowStatus.BEHIND : RowStatus.ON_TRACK;
        return new MonitoringRow(position, path, kind, i.half().text(), i.full().text(),
                target.filter(t -> met.isPresent()).map(IndicatorValue::text), actualText, fromExecution, x.expected(),
                status, behind, far, expectedShort, x.likelihood(), x.reason(), x.measure());
    }

    /**
     * The target the actual is compared with at the as-of date: for a cumulative indicator the half-year value, or
     * (序时进度, blank) the 序时进度 share of a quantitative full-year value; for a level indicator the half-year value,
     * else the full-year one. Empty when there is nothing to compare with.
     */
    public static Optional<IndicatorValue> halfTarget(Indicator i, IndicatorKind kind, BigDecimal schedule) {
        IndicatorValue half = i.half();
        IndicatorValue full = i.full();
        boolean stated = !half.isBlank() && !(half instanceof IndicatorValue.Schedule);
        if (stated) {
            return Optional.of(half);
        }
        if (kind == IndicatorKind.LEVEL) {
            return full.isBlank() ? Optional.empty() : Optional.of(full);
        }
        if (full instanceof IndicatorValue.Quantitative q) {
            BigDecimal share = Scorer.plain(q.number().multiply(schedule).divide(HUNDRED, 4, RoundingMode.HALF_UP));
            String text = q.comparator().symbol() + share.toPlainString() + q.unit();
            return Optional.of(new IndicatorValue.Quantitative(text, q.comparator(), share, q.unit(), true));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code value} meets {@code target}: quantities by the target's comparator (≥ > = ask for at least, ≤ <
     * for at most) when their units agree; qualitative targets by the same words. Empty when they can't be compared.
     */
    public static Optional<Boolean> meets(IndicatorValue target, IndicatorValue value) {
        if (value.isBlank() || target.isBlank()) {
            return Optional.empty();
        }
        if (target instanceof IndicatorValue.Quantitative t) {
            if (!(value instanceof IndicatorValue.Quantitative a) || !comparable(t, a)) {
                return Optional.empty();
            }
            int cmp = a.number().compareTo(t.number());
            return Optional.of(switch (t.comparator()) {
                case GE, EQ -> cmp >= 0;
                case GT -> cmp > 0;
                case LE -> cmp <= 0;
                case LT -> cmp < 0;
            });
        }
        if (target instanceof IndicatorValue.Schedule) {
            return Optional.empty();
        }
        return target.canonical().equals(value.canonical()) ? Optional.of(true) : Optional.empty();
    }

    /** True when the units of two quantities agree (or one has none). */
    public static boolean comparable(IndicatorValue.Quantitative a, IndicatorValue.Quantitative b) {
        return a.unit().isEmpty() || b.unit().isEmpty() || a.unit().equals(b.unit());
    }

    /** Short of {@code target} by more than {@link #FAR_BEHIND_PERCENT}% of it. */
    private static boolean farBehind(IndicatorValue target, IndicatorValue actual) {
        if (!(target instanceof IndicatorValue.Quantitative t) || !(actual instanceof IndicatorValue.Quantitative a)) {
            return false;
        }
        BigDecimal margin = t.number().abs().multiply(FAR_BEHIND_PERCENT).divide(HUNDRED);
        Comparator c = t.comparator();
        if (c.isUpperBound()) {
            return t.number().signum() == 0 || a.number().compareTo(t.number().add(margin)) > 0;
        }
        return a.number().compareTo(t.number().subtract(margin)) < 0;
    }
}
