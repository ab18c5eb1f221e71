package cn.jixiao.monitoring.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The monitoring record (绩效运行监控) of one declaration at one as-of date: the 1-6月执行数 per 支出 line (keyed by
 * the line's name) and, when only the total is known, the total; and what was recorded per 三级 indicator.
 * {@code revision} counts the record's saved versions (0 before the first save). Statuses and rates are not
 * stored: {@link Monitor} computes them from this and the declaration.
 */
public record Monitoring(long declarationId, int revision, LocalDate asOf, List<Execution> executed,
                         Optional<BigDecimal> executedTotal, List<MonitoringEntry> entries) {
    /** The 1-6月执行数 of one 支出 line (万元). */
    public record Execution(String line, BigDecimal amount) {
        public Execution {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public Monitoring {
        Objects.requireNonNull(asOf, "asOf");
        executed = List.copyOf(executed);
        Objects.requireNonNull(executedTotal, "executedTotal");
        entries = List.copyOf(entries);
    }

    /** 30 June of the budget year: the usual as-of date of mid-year monitoring. */
    public static LocalDate defaultAsOf(int year) {
        return LocalDate.of(year, 6, 30);
    }

    public static Monitoring start(long declarationId, LocalDate asOf) {
        return new Monitoring(declarationId, 0, asOf, List.of(), Optional.empty(), List.of());
    }

    public Optional<MonitoringEntry> entry(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    public Optional<BigDecimal> executed(String line) {
        return executed.stream().filter(e -> e.line().equals(line)).map(Execution::amount).findFirst();
    }

    /** The entry at {@code path} changed by {@code change} (created when missing, dropped when left empty). */
    public Monitoring update(String path, UnaryOperator<MonitoringEntry> change) {
        Map<String, MonitoringEntry> byPath = new LinkedHashMap<>();
        entries.forEach(e -> byPath.put(e.path(), e));
        MonitoringEntry changed = change.apply(byPath.getOrDefault(path, MonitoringEntry.empty(path)));
        if (changed.isEmpty()) {
            byPath.remove(path);
        } else {
            byPath.put(path, changed);
        }
        return new Monitoring(declarationId, revision, asOf, executed, executedTotal, new ArrayList<>(byPath.values()));
    }

    /** The 1-6月执行数 of {@code line} set (or cleared when empty). */
    public Monitoring withExecuted(String line, Optional<BigDecimal> amount) {
        List<Execution> list = new ArrayList<>();
        boolean done = false;
        for (Execution e : executed) {
            if (e.line().equals(line)) {
                amount.ifPresent(a -> list.add(new Execution(line, a)));
                done = true;
            } else {
                list.add(e);
            }
        }
        if (!done) {
            amount.ifPresent(a -> list.add(new Execution(line, a)));
        }
        return new Monitoring(declarationId, revision, asOf, list, executedTotal, entries);
    }

    public Monitoring withExecutedTotal(Optional<BigDecimal> value) {
        return new Monitoring(declarationId, revision, asOf, executed, value, entries);
    }

    public Monitoring withAsOf(LocalDate value) {
        return new Monitoring(declarationId, revision, value, executed, executedTotal, entries);
    }

    public Monitoring withRevision(int value) {
        return new Monitoring(declarationId, value, asOf, executed, executedTotal, entries);
    }
}
