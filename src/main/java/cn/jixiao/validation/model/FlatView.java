package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.KnownIndicator;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One declaration as the rules read it: its 三级 in form order, each with its 一级, 二级, section and name hash,
 * in arrays the rules loop over (no iterators, no walk of the 一级/二级 lists per rule). {@link Validator} builds
 * one per declaration and hands it to every rule; what several rules need is worked out once here: a 三级's path
 * (built when a rule first reports on it), its known indicator and kind under the context (looked up on first
 * use), Σ 半年(程)计划执行数.
 *
 * <p>Not thread-safe: it belongs to the one validation that built it.
 */
public final class FlatView {
    /** {@link #section}: 一级 other than the three below. */
    public static final byte OTHER = 0;
    /** {@link #section}: 产出(指标). */
    public static final byte OUTPUT = 1;
    /** {@link #section}: 效益(指标). */
    public static final byte BENEFIT = 2;
    /** {@link #section}: 满意度(指标). */
    public static final byte SATISFACTION = 3;

    private final Declaration declaration;
    private final RuleContext context;
    private final int size;
    private final Level1[] level1;
    private final Level2[] level2;
    private final Indicator[] indicator;
    private final byte[] section;
    private final int[] hash;
    /** Paths built so far (null until a rule reports on that 三级): rules reporting on one share it. */
    private final String[] paths;
    /** The known indicator of each 三级 (null for none); null until a rule asks. */
    private KnownIndicator[] known;
    /** Σ 半年(程)计划执行数, or empty when no 支出 line states one; null until a rule asks. */
    private Optional<BigDecimal> halfPlanTotal;

    private FlatView(Declaration d, RuleContext context) {
        this.declaration = d;
        this.context = context;
        List<Level1> l1s = d.tree().level1s();
        int n = 0;
        for (int a = 0, na = l1s.size(); a < na; a++) {
            List<Level2> l2s = l1s.get(a).children();
            for (int b = 0, nb = l2s.size(); b < nb; b++) {
                n += l2s.get(b).indicators().size();
            }
        }
        size = n;
        level1 = new Level1[n];
        level2 = new Level2[n];
        indicator = new Indicator[n];
        section = new byte[n];
        hash = new int[n];
        paths = new String[n];
        int k = 0;
        for (int a = 0, na = l1s.size(); a < na; a++) {
            Level1 l1 = l1s.get(a);
            byte kind = section(l1.name());
            List<Level2> l2s = l1.children();
            for (int b = 0, nb = l2s.size(); b < nb; b++) {
                Level2 l2 = l2s.get(b);
                List<Indicator> is = l2.indicators();
                for (int c = 0, ni = is.size(); c < ni; c++) {
                    Indicator i = is.get(c);
                    level1[k] = l1;
                    level2[k] = l2;
                    section[k] = kind;
                    hash[k] = i.name().hashCode();
                    indicator[k++] = i;
                }
            }
        }
    }

    /** The view of {@code d}, with the known indicators and frameworks of {@code context}. */
    public static FlatView of(Declaration d, RuleContext context) {
        return new FlatView(d, context);
    }

    public Declaration declaration() {
        return declaration;
    }

    /** The number of 三级. */
    public int size() {
        return size;
    }

    /** The k-th 三级 in form order. */
    public Indicator indicator(int k) {
        return indicator[k];
    }

    public Level1 level1(int k) {
        return level1[k];
    }

    public Level2 level2(int k) {
        return level2[k];
    }

    /** The section of the k-th 三级's 一级: {@link #OUTPUT}, {@link #BENEFIT}, {@link #SATISFACTION} or {@link #OTHER}. */
    public byte section(int k) {
        return section[k];
    }

    /** The hash of the k-th 三级's name. */
    public int nameHash(int k) {
        return hash[k];
    }

    /** {@code 一级/二级/三级} of the k-th 三级. */
    public String path(int k) {
        String p = paths[k];
        if (p == null) {
            p = level1[k].name() + "/" + level2[k].name() + "/" + indicator[k].name();
            paths[k] = p;
        }
        return p;
    }

    /** The known indicator (common or from a template) the k-th 三级 is, by name or alias, or null. */
    public KnownIndicator known(int k) {
        if (known == null) {
            known = new KnownIndicator[size];
            for (int j = 0; j < size; j++) {
                known[j] = context.known(indicator[j].name()).orElse(null);
            }
        }
        return known[k];
    }

    /** The kind of the k-th 三级 ({@link RuleContext#kind(Indicator)}, with the lookup done once). */
    public IndicatorKind kind(int k) {
        return RuleContext.kind(known(k), indicator[k]);
    }

    /** Σ 半年(程)计划执行数 ({@code Funding.halfPlanTotal}), or empty when no 支出 line states one. */
    public Optional<BigDecimal> halfPlanTotal() {
        if (halfPlanTotal == null) {
            boolean stated = false;
            for (Expense e : declaration.funding().expenses()) {
                stated |= e.half().isPresent();
            }
            halfPlanTotal = stated ? Optional.of(declaration.funding().halfPlanTotal()) : Optional.empty();
        }
        return halfPlanTotal;
    }

    /** The 一级 named exactly {@code name}, or null. */
    public Level1 level1Named(String name) {
        for (Level1 l1 : declaration.tree().level1s()) {
            if (l1.name().equals(name)) {
                return l1;
            }
        }
        return null;
    }

    /** The first 一级 whose name is or starts with {@code prefix} (产出 / 产出指标), or null. */
    public Level1 level1StartingWith(String prefix) {
        for (Level1 l1 : declaration.tree().level1s()) {
            if (l1.name().startsWith(prefix)) {
                return l1;
            }
        }
        return null;
    }

    /** The 二级 of {@code l1} named exactly {@code name}, or null (also when {@code l1} is null). */
    public static Level2 level2(Level1 l1, String name) {
        if (l1 == null) {
            return null;
        }
        for (Level2 l2 : l1.children()) {
            if (l2.name().equals(name)) {
                return l2;
            }
        }
        return null;
    }

    /** {@code 一级/二级}. */
    public static String path(Level1 l1, Level2 l2) {
        return l1.name() + "/" + l2.name();
    }

    /** 产出(指标), 效益(指标), 满意度(指标), or another 一级. */
    static byte section(String level1) {
        return level1.startsWith("产出") ? OUTPUT : level1.startsWith("效益") ? BENEFIT
                : level1.startsWith("满意度") ? SATISFACTION : OTHER;
    }
}
