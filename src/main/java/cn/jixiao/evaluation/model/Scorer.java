package cn.jixiao.evaluation.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Comparator;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.ValueGrammar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores an evaluation against its declaration's full-year targets (docs/domain.md §7):
 * <ul>
 * <li>≥ / &gt; targets: weight × actual ÷ target, capped at the weight;</li>
 * <li>≤ / &lt; targets: the ratio inverts (weight × target ÷ actual, capped);</li>
 * <li>= targets: full marks when met, else proportional (the smaller over the larger);</li>
 * <li>qualitative: achieved / partly achieved / not achieved earn the evaluation's shares of the weight
 *     (default 100% / 80% / 0%); an actual value equal to the target counts as achieved;</li>
 * <li>a manual score replaces the computed one.</li>
 * </ul>
 * Scores are rounded to 2 decimals, HALF_UP. Weights: set per row, else the framework's, else 财预〔2020〕10号.
 */
public final class Scorer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    /** 财预〔2020〕10号: the default weight of each group of 一级 indicators and of the 预算执行率 line. */
    public enum Group {
        OUTPUT(50), BENEFIT(30), SATISFACTION(10), EXECUTION(10), NONE(0);

        private final BigDecimal weight;

        Group(int weight) {
            this.weight = BigDecimal.valueOf(weight);
        }

        public BigDecimal weight() {
            return weight;
        }

        /** The group of a 一级 name: 产出/成本 → 产出, 效益, 满意度; 决策 and 过程 weigh nothing by default. */
        public static Group of(String level1) {
            if (level1.contains("产出") || level1.contains("成本")) {
                return OUTPUT;
            }
            if (level1.contains("效益")) {
                return BENEFIT;
            }
            if (level1.contains("满意")) {
                return SATISFACTION;
            }
            return NONE;
        }
    }

    private Scorer() {
    }

    /**
     * Scores {@code e} against {@code d}. {@code frameworkWeights} are the weights the declaration's framework
     * states, by full path or by 三级 name (empty: the 财预〔2020〕10号 defaults apply).
     */
    public static Scorecard score(Declaration d, Evaluation e, Map<String, BigDecimal> frameworkWeights) {
        boolean framework = !frameworkWeights.isEmpty();
        Map<String, EvaluationEntry> entries = new HashMap<>();
        e.entries().forEach(x -> entries.put(x.path(), x));
        Optional<BigDecimal> budget = budget(d);
        Optional<String> executionRate = executionRate(e.executed(), budget);

        // the rows in form order, their weights decided below
        List<Draft> drafts = new ArrayList<>();
        boolean executionLine = !framework || e.executed().isPresent() || entries.containsKey(Evaluation.EXECUTION);
        if (executionLine) {
            EvaluationEntry x = entries.getOrDefault(Evaluation.EXECUTION, EvaluationEntry.empty(Evaluation.EXECUTION));
            String actual = !x.actual().isEmpty() ? x.actual() : executionRate.orElse("");
            drafts.add(new Draft("", Evaluation.EXECUTION, Group.EXECUTION, ValueGrammar.parse("=100%"), actual, x));
        }
        IndicatorTree tree = d.tree();
        for (IndicatorTree.Node n : tree.nodes()) {
            if (n.depth() != 3) {
                continue;
            }
            Indicator i = tree.indicator(n.position());
            EvaluationEntry x = entries.getOrDefault(n.path(), EvaluationEntry.empty(n.path()));
            String actual = x.actual();
            boolean ofExecution = actual.isEmpty() && i.name().equals("预算执行率") && executionRate.isPresent();
            if (ofExecution) {
                // the indicator is the execution line's rate: it shows the line's 偏差原因 unless it has its own, and
                // a missed target is the line's to explain (not asked twice)
                actual = executionRate.get();
                EvaluationEntry line = entries.get(Evaluation.EXECUTION);
                if (x.reason().isBlank() && line != null && !line.reason().isBlank()) {
                    x = x.withReason(line.reason());
                }
            }
            drafts.add(new Draft(n.position().toString(), n.path(), Group.of(n.names().get(0)), i.full(), actual, x,
                    ofExecution && executionLine));
        }

        Map<Draft, BigDecimal> weights = new LinkedHashMap<>();
        Map<Draft, EvaluationRow.WeightSource> sources = new HashMap<>();
        Map<Group, List<Draft>> spread = new LinkedHashMap<>();
        Map<Group, BigDecimal> taken = new HashMap<>();
        for (Draft r : drafts) {
            if (r.entry.weight().isPresent()) {
                weights.put(r, r.entry.weight().get());
                sources.put(r, EvaluationRow.WeightSource.SET);
                taken.merge(r.group, r.entry.weight().get(), BigDecimal::add);
            } else if (framework) {
                BigDecimal w = frameworkWeights.getOrDefault(r.path, frameworkWeights.get(r.name()));
                weights.put(r, w == null ? BigDecimal.ZERO : w);
                sources.put(r, EvaluationRow.WeightSource.FRAMEWORK);
            } else {
                spread.computeIfAbsent(r.group, g -> new ArrayList<>()).add(r);
                sources.put(r, EvaluationRow.WeightSource.DEFAULT);
            }
        }
        for (Map.Entry<Group, List<Draft>> g : spread.entrySet()) {
            BigDecimal left = g.getKey().weight().subtract(taken.getOrDefault(g.getKey(), BigDecimal.ZERO)).max(BigDecimal.ZERO);
            List<BigDecimal> parts = spreadEvenly(left, g.getValue().size());
            for (int k = 0; k < parts.size(); k++) {
                weights.put(g.getValue().get(k), parts.get(k));
            }
        }

        List<EvaluationRow> rows = new ArrayList<>();
        BigDecimal weightSum = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Draft r : drafts) {
            BigDecimal w = weights.get(r);
            IndicatorValue actual = ValueGrammar.parse(r.actual);
            Outcome o = outcome(r.target, actual, r.entry.achievement(), w, e.shares());
            EvaluationRow row = new EvaluationRow(r.position, r.path, r.target.text(), r.actual, r.entry.achievement(),
                    w, sources.get(r), o.score, r.entry.score(), o.missed && !r.ofExecution, r.entry.reason());
            rows.add(row);
            weightSum = weightSum.add(w);
            total = total.add(row.score().orElse(BigDecimal.ZERO));
        }
        total = total.setScale(SCALE, RoundingMode.HALF_UP);
        return new Scorecard(e, rows, weightSum, total, Grade.of(total), budget, framework);
    }

    /** 全年预算数: the sum of the 支出 lines' 全年预算数, else 资金总额. */
    public static Optional<BigDecimal> budget(Declaration d) {
        BigDecimal lines = d.funding().fullPlanTotal();
        if (lines != null && lines.signum() > 0) {
            return Optional.of(lines);
        }
        return d.funding().total().filter(t -> t.signum() > 0);
    }

    /** 全年执行数 ÷ 全年预算数 as a percentage value ("95.00%"). */
    static Optional<String> executionRate(Optional<BigDecimal> executed, Optional<BigDecimal> budget) {
        if (executed.isEmpty() || budget.isEmpty() || budget.get().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal rate = executed.get().multiply(HUNDRED).divide(budget.get(), SCALE, RoundingMode.HALF_UP);
        return Optional.of(rate.toPlainString() + "%");
    }

    /** The equal shares of {@code total} among {@code n} rows, in hundredths, the odd hundredths going first. */
    static List<BigDecimal> spreadEvenly(BigDecimal total, int n) {
        List<BigDecimal> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        long cents = total.movePointRight(SCALE).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long each = cents / n;
        long odd = cents % n;
        for (int k = 0; k < n; k++) {
            out.add(plain(BigDecimal.valueOf(each + (k < odd ? 1 : 0), SCALE)));
        }
        return out;
    }

    /** The computed score of one row and whether its target was missed. */
    public record Outcome(Optional<BigDecimal> score, boolean missed) {
        static final Outcome NONE = new Outcome(Optional.empty(), false);
    }

    /** Scores one row: see the class comment. */
    public static Outcome outcome(IndicatorValue target, IndicatorValue actual, Optional<Achievement> achievement,
                                  BigDecimal weight, Shares shares) {
        if (achievement.isPresent()) {
            BigDecimal share = shares.of(achievement.get());
            return new Outcome(Optional.of(round(weight.multiply(share).divide(HUNDRED, SCALE + 4, RoundingMode.HALF_UP))),
                    achievement.get() != Achievement.FULL);
        }
        if (actual.isBlank()) {
            return Outcome.NONE;
        }
        if (target instanceof IndicatorValue.Quantitative t && actual instanceof IndicatorValue.Quantitative a
                && compatible(t.unit(), a.unit())) {
            return quantitative(t, a, weight);
        }
        if (!(target instanceof IndicatorValue.Quantitative) && !target.isBlank()
                && target.canonical().equals(actual.canonical())) {
            return new Outcome(Optional.of(round(weight)), false);
        }
        return Outcome.NONE; // a qualitative judgement: needs --achieved
    }

    private static boolean compatible(String target, String actual) {
        return target.isEmpty() || actual.isEmpty() || target.equals(actual);
    }

    private static Outcome quantitative(IndicatorValue.Quantitative t, IndicatorValue.Quantitative a, BigDecimal w) {
        BigDecimal tv = t.number();
        BigDecimal av = a.number();
        int cmp = av.compareTo(tv);
        Comparator c = t.comparator();
        BigDecimal score;
        boolean met;
        if (c.isLowerBound()) {
            met = cmp > 0 || cmp == 0 && (c == Comparator.GE || a.comparator() == Comparator.GT);
            score = tv.signum() <= 0 ? (cmp >= 0 ? w : BigDecimal.ZERO) : ratio(w, av, tv);
        } else if (c.isUpperBound()) {
            met = cmp < 0 || cmp == 0 && (c == Comparator.LE || a.comparator() == Comparator.LT);
            score = cmp <= 0 ? w : av.signum() <= 0 ? w : ratio(w, tv, av);
        } else {
            met = cmp == 0;
            score = met ? w
                    : cmp < 0 ? (tv.signum() <= 0 ? BigDecimal.ZERO : ratio(w, av, tv))
                    : (av.signum() <= 0 ? BigDecimal.ZERO : ratio(w, tv, av));
        }
        BigDecimal capped = score.max(BigDecimal.ZERO).min(w);
        return new Outcome(Optional.of(round(capped)), !met);
    }

    /** weight × num ÷ den, rounded to 2 decimals HALF_UP. */
    private static BigDecimal ratio(BigDecimal w, BigDecimal num, BigDecimal den) {
        return w.multiply(num.max(BigDecimal.ZERO)).divide(den, SCALE, RoundingMode.HALF_UP);
    }

    /** Without trailing zeros, never in exponent form (10, 16.67, 2.5). */
    public static BigDecimal plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static BigDecimal round(BigDecimal b) {
        return b.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A row before its weight is known; {@code ofExecution}: its actual is the execution line's rate. */
    private record Draft(String position, String path, Group group, IndicatorValue target, String actual,
                         EvaluationEntry entry, boolean ofExecution) {
        Draft(String position, String path, Group group, IndicatorValue target, String actual, EvaluationEntry entry) {
            this(position, path, group, target, actual, entry, false);
        }

        String name() {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? path : path.substring(slash + 1);
        }
    }
}
