package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.KnownIndicator;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.validation.model.RuleContext;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Visits 三级 indicators without building paths: rules build one only when they report a finding.
 *
 * <p>The validator runs every rule over the same declaration, so the tree is flattened once per declaration
 * and thread ({@link #flat}) into arrays the rules loop over: no iterators, no lambdas, no walk of the
 * 一级/二级 lists per rule. Declarations are immutable, so a flat view stays valid for as long as the thread
 * keeps validating the same one.
 */
final class Walk {
    interface Visitor {
        void visit(Level1 l1, Level2 l2, Indicator indicator);
    }

    /** The 三级 of one declaration in form order, each with its 一级 and 二级. */
    static final class Flat {
        private final Thread owner = Thread.currentThread();
        private Declaration declaration;
        /** The number of 三级. */
        int size;
        Level1[] level1 = new Level1[32];
        Level2[] level2 = new Level2[32];
        Indicator[] indicator = new Indicator[32];
        /** The section of each 三级's 一级: {@link #OUTPUT}, {@link #BENEFIT}, {@link #SATISFACTION} or {@link #OTHER}. */
        byte[] section = new byte[32];
        /** The hash of each 三级's name. */
        int[] hash = new int[32];
        /** Paths built so far (null until a rule reports on that 三级): rules reporting on one share it. */
        private String[] paths = new String[32];
        /** The known indicator of each 三级 under {@link #knownFor} (null for none), looked up once per context. */
        private KnownIndicator[] known = new KnownIndicator[32];
        private RuleContext knownFor;

        private void fill(Declaration d) {
            int n = 0;
            List<Level1> l1s = d.tree().level1s();
            for (int a = 0, na = l1s.size(); a < na; a++) {
                Level1 l1 = l1s.get(a);
                byte kind = section(l1.name());
                List<Level2> l2s = l1.children();
                for (int b = 0, nb = l2s.size(); b < nb; b++) {
                    Level2 l2 = l2s.get(b);
                    List<Indicator> is = l2.indicators();
                    int ni = is.size();
                    if (n + ni > indicator.length) {
                        grow(n + ni);
                    }
                    for (int c = 0; c < ni; c++) {
                        Indicator i = is.get(c);
                        level1[n] = l1;
                        level2[n] = l2;
                        section[n] = kind;
                        hash[n] = i.name().hashCode();
                        paths[n] = null;
                        indicator[n++] = i;
                    }
                }
            }
            // drop references to an earlier, larger declaration
            Arrays.fill(level1, n, size > n ? size : n, null);
            Arrays.fill(level2, n, size > n ? size : n, null);
            Arrays.fill(indicator, n, size > n ? size : n, null);
            Arrays.fill(paths, n, size > n ? size : n, null);
            size = n;
            declaration = d;
            knownFor = null;
        }

        private void grow(int needed) {
            int capacity = Math.max(indicator.length * 2, needed);
            level1 = Arrays.copyOf(level1, capacity);
            level2 = Arrays.copyOf(level2, capacity);
            indicator = Arrays.copyOf(indicator, capacity);
            section = Arrays.copyOf(section, capacity);
            hash = Arrays.copyOf(hash, capacity);
            paths = Arrays.copyOf(paths, capacity);
            known = new KnownIndicator[capacity];
        }

        /** {@code 一级/二级/三级} of the k-th indicator. */
        String path(int k) {
            String p = paths[k];
            if (p == null) {
                p = Walk.path(level1[k], level2[k], indicator[k]);
                paths[k] = p;
            }
            return p;
        }

        /** The known indicator (common or from a template) the k-th 三级 is, by name or alias, or null. */
        KnownIndicator known(int k, RuleContext ctx) {
            if (knownFor != ctx) {
                for (int j = 0; j < size; j++) {
                    known[j] = ctx.known(indicator[j].name()).orElse(null);
                }
                knownFor = ctx;
            }
            return known[k];
        }

        /** The kind of the k-th 三级 ({@link RuleContext#kind(Indicator)}, with the lookup done once). */
        IndicatorKind kind(int k, RuleContext ctx) {
            return RuleContext.kind(known(k, ctx), indicator[k]);
        }
    }

    static final byte OTHER = 0;
    static final byte OUTPUT = 1;
    static final byte BENEFIT = 2;
    static final byte SATISFACTION = 3;

    /** 产出(指标), 效益(指标), 满意度(指标), or another 一级. */
    static byte section(String level1) {
        return level1.startsWith("产出") ? OUTPUT : level1.startsWith("效益") ? BENEFIT
                : level1.startsWith("满意度") ? SATISFACTION : OTHER;
    }

    private static final ThreadLocal<Flat> FLAT = ThreadLocal.withInitial(Flat::new);
    /**
     * The flat view used last, by whichever thread: every rule asks for the view of the same declaration in turn,
     * and this saves each of them the thread-local lookup. A thread finding another thread's view here takes its
     * own from {@link #FLAT}; a view is only ever filled by the thread that owns it.
     */
    private static Flat last = new Flat();

    private Walk() {
    }

    /** The flat view of {@code d}, built on first use for this declaration on this thread. */
    static Flat flat(Declaration d) {
        Flat f = last;
        if (f.owner != Thread.currentThread()) {
            f = FLAT.get();
            last = f;
        }
        if (f.declaration != d) {
            f.fill(d);
        }
        return f;
    }

    /**
     * A value's text as a message shows it, without surrounding blanks: the text itself when it plainly has none
     * (it starts and ends with a CJK ideograph or a printable ASCII character), else {@code strip()}.
     */
    static String shown(IndicatorValue v) {
        String t = v.text();
        int n = t.length();
        return n > 0 && visible(t.charAt(0)) && visible(t.charAt(n - 1)) ? t : t.strip();
    }

    private static boolean visible(char c) {
        return (c > ' ' && c < 0x7F) || (c >= '\u4E00' && c <= '\u9FFF');
    }

    static void indicators(Declaration d, Visitor v) {
        Flat f = flat(d);
        for (int k = 0; k < f.size; k++) {
            v.visit(f.level1[k], f.level2[k], f.indicator[k]);
        }
    }

    /**
     * {@code sum.add(a)}, without allocating when the result is one of the operands: the same value and
     * scale as {@code BigDecimal.add} gives (a zero no finer than the sum adds nothing; zero with scale 0
     * plus a non-negative-scale amount is that amount).
     */
    static BigDecimal add(BigDecimal sum, BigDecimal a) {
        if (a.signum() == 0 && a.scale() <= sum.scale() && sum.scale() >= 0) {
            return sum;
        }
        if (sum.signum() == 0 && sum.scale() == 0 && a.scale() >= 0) {
            return a;
        }
        return sum.add(a);
    }

    static String path(Level1 l1, Level2 l2, Indicator i) {
        return l1.name() + "/" + l2.name() + "/" + i.name();
    }

    static String path(Level1 l1, Level2 l2) {
        return l1.name() + "/" + l2.name();
    }

    /** The 一级 named exactly {@code name}, or null. */
    static Level1 level1Named(Declaration d, String name) {
        for (Level1 l1 : d.tree().level1s()) {
            if (l1.name().equals(name)) {
                return l1;
            }
        }
        return null;
    }

    /** The 一级 whose name is or starts with {@code name} (产出 / 产出指标), or null. */
    static Level1 level1(Declaration d, String name) {
        for (Level1 l1 : d.tree().level1s()) {
            if (l1.name().startsWith(name)) {
                return l1;
            }
        }
        return null;
    }

    /** The number of 三级 in the tree. */
    static int count(Declaration d) {
        return flat(d).size;
    }

    static Level2 level2(Level1 l1, String name) {
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

    /**
     * Reports a value finding on each side that has it: variant {@code half} and/or {@code full}, with the value as
     * entered. Shared by the rules that judge one value at a time.
     */
    static void perSide(cn.jixiao.validation.model.Rule rule, cn.jixiao.validation.model.Findings out, String path,
                        cn.jixiao.indicator.model.Indicator i, boolean half, boolean full) {
        if (half) {
            out.add(rule, rule.defaultSeverity(), path, "half", shown(i.half()));
        }
        if (full) {
            out.add(rule, rule.defaultSeverity(), path, "full", shown(i.full()));
        }
    }
}
