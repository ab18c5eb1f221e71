package cn.jixiao.monitoring;

import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.model.DomainException;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.Monitor;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.monitoring.model.MonitoringReport;
import cn.jixiao.shell.UsageException;
import cn.jixiao.validation.RecordChecks;
import cn.jixiao.validation.RuleSettings;
import cn.jixiao.validation.ValidationService;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.RecordValidator;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.rules.RuleCatalog;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mid-year monitoring (绩效运行监控) of declarations: starting, recording execution and actuals, checking. */
@Service
public class MonitoringService implements RecordChecks {
    /** What a command works on: the declaration, its monitoring record, and the record worked out. */
    public record Current(Declaration declaration, Monitoring monitoring, MonitoringReport report) {
    }

    /** What {@code monitor start} did: {@code created} a new record, or changed the as-of date of one. */
    public record Started(Current current, boolean created, boolean asOfChanged) {
    }

    /** What {@code monitor set} changes on one row; {@code Optional.of("")} clears a field. */
    public record RowChange(Optional<String> actual, Optional<String> expected, Optional<Optional<Likelihood>> likelihood,
                            Optional<String> reason, Optional<String> measure) {
        boolean isEmpty() {
            return actual.isEmpty() && expected.isEmpty() && likelihood.isEmpty() && reason.isEmpty() && measure.isEmpty();
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final List<String> TOTAL = List.of("total", "合计", "总计", "资金总额");

    private final Workspace workspace;
    private final MonitoringRepository records;
    private final ValidationService validation;
    private final RuleSettings settings;

    public MonitoringService(Workspace workspace, MonitoringRepository records, ValidationService validation,
                             RuleSettings settings) {
        this.workspace = workspace;
        this.records = records;
        this.validation = validation;
        this.settings = settings;
    }

    /** Starts the monitoring of the target declaration, or returns it (changing its as-of date when given). */
    public Started start(Optional<Long> id, Optional<String> asOfText) {
        Declaration d = workspace.current(id);
        Optional<LocalDate> asOf = asOfText.map(t -> asOf(t, d.header().year()));
        Optional<Monitoring> existing = records.find(d.id());
        if (existing.isEmpty()) {
            Monitoring m = Monitoring.start(d.id(), asOf.orElse(Monitoring.defaultAsOf(d.header().year())));
            m = records.save(m, "monitor start --as-of " + m.asOf());
            return new Started(worked(d, m), true, false);
        }
        Monitoring m = existing.get();
        if (asOf.isPresent() && !asOf.get().equals(m.asOf())) {
            m = records.save(m.withAsOf(asOf.get()), "monitor start --as-of " + asOf.get());
            return new Started(worked(d, m), false, true);
        }
        return new Started(worked(d, m), false, false);
    }

    /** The target declaration with its monitoring record, or "not started" (exit 2). */
    public Current current(Optional<Long> id) {
        Declaration d = workspace.current(id);
        Monitoring m = records.find(d.id()).orElseThrow(() -> new DomainException("monitor.not-started", d.id()));
        return worked(d, m);
    }

    /** The monitoring record of {@code declarationId}, if it has one. */
    public Optional<Monitoring> find(long declarationId) {
        return records.find(declarationId);
    }

    public Current worked(Declaration d, Monitoring m) {
        RuleContext context = validation.context();
        return new Current(d, m, Monitor.report(d, m, context::kind));
    }

    /** The monitor-* findings of {@code d}, when it has a monitoring record (for {@code validate}). */
    @Override
    public List<Finding> findings(Declaration d) {
        return records.find(d.id()).map(m -> findings(worked(d, m))).orElse(List.of());
    }

    public List<Finding> findings(Current c) {
        return new RecordValidator<>(RuleCatalog.monitoringRules(), settings.overrides())
                .validate(c.declaration(), c.report());
    }

    /** The 1-6月执行数 of a 支出 line ({@code name}, {@code #n}) or of the total ({@code total}, 合计); empty clears. */
    public Current executed(Optional<Long> id, String ref, Optional<BigDecimal> amount) {
        Current c = current(id);
        String r = ref.strip();
        Monitoring m;
        if (isTotal(r)) {
            m = c.monitoring().withExecutedTotal(amount);
        } else {
            String line = c.declaration().funding().expenses().get(c.declaration().funding().expenseIndex(r)).name();
            m = c.monitoring().withExecuted(line, amount);
        }
        return save(c.declaration(), m, "monitor executed " + r + " " + amount.map(BigDecimal::toPlainString).orElse("-"));
    }

    public static boolean isTotal(String ref) {
        return TOTAL.contains(ref.strip().toLowerCase(Locale.ROOT));
    }

    /** The full path of the 三级 indicator {@code path} names. */
    public static String rowPath(Declaration d, String path) {
        return d.tree().resolveIndicator(path.strip()).path();
    }

    public Current set(Optional<Long> id, String path, RowChange change) {
        if (change.isEmpty()) {
            throw new UsageException("monitor.set.nothing");
        }
        Current c = current(id);
        Declaration d = c.declaration();
        IndicatorTree.Node node = d.tree().resolveIndicator(path.strip());
        Indicator indicator = d.tree().indicator(node.position());
        change.actual().filter(v -> !v.isEmpty()).ifPresent(v -> checkValue(v, indicator, "--actual"));
        change.expected().filter(v -> !v.isEmpty()).ifPresent(v -> checkValue(v, indicator, "--expected"));
        Monitoring m = c.monitoring().update(node.path(), x -> {
            var r = x;
            if (change.actual().isPresent()) {
                r = r.withActual(change.actual().get());
            }
            if (change.expected().isPresent()) {
                r = r.withExpected(change.expected().get());
            }
            if (change.likelihood().isPresent()) {
                r = r.withLikelihood(change.likelihood().get());
            }
            if (change.reason().isPresent()) {
                r = r.withReason(change.reason().get());
            }
            if (change.measure().isPresent()) {
                r = r.withMeasure(change.measure().get());
            }
            return r;
        });
        return save(d, m, "monitor set " + node.path());
    }

    public List<MonitoringRepository.Revision> history(Optional<Long> id) {
        Declaration d = workspace.current(id);
        if (!records.exists(d.id())) {
            throw new DomainException("monitor.not-started", d.id());
        }
        return records.history(d.id());
    }

    /** What {@link #undo} did: the record now, the revision whose change was undone and that change's summary. */
    public record Undone(Current current, int revision, String summary) {
    }

    /**
     * Undoes the newest monitoring change that has not been undone: stores the record from before it as a new
     * revision. Repeated undos walk further back; {@code monitor start} itself (revision 1) is not undone.
     */
    public Undone undo(Optional<Long> id) {
        Declaration d = workspace.current(id);
        List<MonitoringRepository.Revision> revisions = history(id);
        java.util.Map<Integer, MonitoringRepository.Revision> byNumber = new java.util.HashMap<>();
        revisions.forEach(r -> byNumber.put(r.revision(), r));
        int undo = revisions.get(revisions.size() - 1).revision();
        while (undo > 1 && byNumber.get(undo).reverts().isPresent()) {
            undo = byNumber.get(undo).reverts().get() - 1;
        }
        if (undo <= 1) {
            throw new DomainException("monitor.undo.nothing", d.id());
        }
        String summary = byNumber.get(undo).summary();
        Monitoring before = records.findRevision(d.id(), undo - 1).orElseThrow();
        Monitoring saved = records.save(before, "撤销 " + summary, Optional.of(undo));
        return new Undone(worked(d, saved), undo, summary);
    }

    private Current save(Declaration d, Monitoring m, String summary) {
        return worked(d, records.save(m, summary));
    }

    // ---- parsing what the user typed --------------------------------------------------------------------

    /** An as-of date (2026-06-30, 2026/6/30, 2026年6月30日) inside the declaration's budget year. */
    public static LocalDate asOf(String text, int year) {
        Matcher mt = DATE.matcher(text.strip());
        LocalDate date;
        try {
            if (!mt.matches()) {
                throw new UsageException("monitor.as-of-bad", text);
            }
            date = LocalDate.of(Integer.parseInt(mt.group(1)), Integer.parseInt(mt.group(2)), Integer.parseInt(mt.group(3)));
        } catch (DateTimeException e) {
            throw new UsageException("monitor.as-of-bad", text);
        }
        if (date.getYear() != year) {
            throw new UsageException("monitor.as-of-year", date, year);
        }
        return date;
    }

    /** A 1-6月执行数 in 万元: a non-negative decimal; "-" clears it (empty). */
    public static Optional<BigDecimal> amount(String text) {
        try {
            return Amounts.parse(text).map(cn.jixiao.evaluation.model.Scorer::plain);
        } catch (DomainException e) {
            throw new UsageException("monitor.amount-bad", text);
        }
    }

    /** 确定能 / 有可能 / 不可能; "-" clears it. */
    public static Optional<Likelihood> likelihood(String text) {
        String t = text.strip();
        if (t.equals("-") || t.equals("—")) {
            return Optional.empty();
        }
        return Optional.of(Likelihood.parse(t).orElseThrow(() -> new UsageException("monitor.likelihood-bad", text)));
    }

    /** A text field as typed; "-" clears it (""). */
    public static String text(String value) {
        String t = value.strip();
        return t.equals("-") || t.equals("—") ? "" : t;
    }

    /**
     * An actual or expected value: the value grammar, not 序时进度 (a half-year target word); against a quantitative
     * target it must be a quantity in the target's unit, so that the two can be compared.
     */
    static void checkValue(String text, Indicator indicator, String option) {
        IndicatorValue v = ValueGrammar.parse(text);
        if (v instanceof IndicatorValue.Schedule) {
            throw new UsageException("monitor.value-schedule", option, text);
        }
        IndicatorValue target = indicator.full() instanceof IndicatorValue.Quantitative ? indicator.full() : indicator.half();
        if (target instanceof IndicatorValue.Quantitative t
                && (!(v instanceof IndicatorValue.Quantitative q) || !Monitor.comparable(t, q))) {
            throw new UsageException("monitor.value-not-comparable", option, text, indicator.name(), t.text());
        }
    }
}
