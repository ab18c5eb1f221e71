package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.KnownIndicator;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.indicator.model.PathException;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Change;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.FixableRule;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.util.List;
import java.util.Optional;

/**
 * A known indicator (common or from a template) under another parent than its canonical one, or one whose
 * name says where it belongs (预算执行率 and 资金到位率 → 过程/资金管理, 满意度 → 满意度指标) filed elsewhere.
 * The message names where it belongs; {@code fix} moves it there when the tree has that 二级 and no namesake.
 */
public final class MisplacedIndicator extends BaseRule implements FixableRule {
    public MisplacedIndicator() {
        super("misplaced-indicator", Severity.ERROR, "structure");
    }

    private static final String FUNDS_1 = "过程";
    private static final String FUNDS_2 = "资金管理";
    private static final String SATISFACTION_1 = "满意度指标";
    private static final String SATISFACTION_2 = "服务对象满意度";

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Framework framework = ctx.framework(form.declaration().frameworkId()).orElse(null);
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            Level1 l1 = form.level1(k);
            Level2 l2 = form.level2(k);
            KnownIndicator known = form.known(k);
            if (known != null) {
                if (inFramework(framework, known.level1(), known.level2()) && !belongs(known.level1(), known.level2(), l1, l2)) {
                    out.add(this, form.path(k), known.parentPath());
                }
            } else if (fundsByName(i.name())) {
                if (inFramework(framework, FUNDS_1, FUNDS_2) && !belongs(FUNDS_1, FUNDS_2, l1, l2)) {
                    out.add(this, form.path(k), FUNDS_1 + "/" + FUNDS_2);
                }
            } else if (satisfactionByName(i.name()) && inFramework(framework, SATISFACTION_1, SATISFACTION_2)
                    && !belongs(SATISFACTION_1, SATISFACTION_2, l1, l2)) {
                out.add(this, form.path(k), SATISFACTION_1 + "/" + SATISFACTION_2);
            }
        }
    }

    /**
     * Whether the declaration's framework has the 二级 {@code h1/h2}: the places this rule knows are the Jiangsu
     * framework's, and a form of a framework without that 二级 (the department self-evaluation's 过程/预算执行,
     * 满意度/服务对象满意度) files the indicator where its own framework says. An unknown framework is checked as before.
     */
    private static boolean inFramework(Framework f, String h1, String h2) {
        if (f == null) {
            return true;
        }
        for (Framework.Section s : f.sections()) { // a loop, not a stream: asked of many indicators of every form
            if (s.name().equals(h1) && s.level2().contains(h2)) {
                return true;
            }
        }
        return false;
    }

    /** Where the indicator belongs: its known place, else what its name says, else nowhere in particular. */
    public static Optional<String> home(RuleContext ctx, Indicator i) {
        Optional<KnownIndicator> known = ctx.known(i.name());
        if (known.isPresent()) {
            return Optional.of(known.get().parentPath());
        }
        if (fundsByName(i.name())) {
            return Optional.of(FUNDS_1 + "/" + FUNDS_2);
        }
        if (satisfactionByName(i.name())) {
            return Optional.of(SATISFACTION_1 + "/" + SATISFACTION_2);
        }
        return Optional.empty();
    }

    private static boolean fundsByName(String n) {
        return n.endsWith("预算执行率") || n.endsWith("资金到位率") || n.equals("资金使用合规性");
    }

    private static boolean satisfactionByName(String n) {
        return n.endsWith("满意度") || n.endsWith("满意率");
    }

    private static boolean belongs(String home, Level1 l1, Level2 l2) {
        int slash = home.indexOf('/');
        return belongs(home.substring(0, slash), home.substring(slash + 1), l1, l2);
    }

    private static boolean belongs(String h1, String h2, Level1 l1, Level2 l2) {
        // 满意度 may sit under any 二级 of 满意度指标 (frameworks name it differently)
        return l1.name().equals(h1) && (l2.name().equals(h2) || h1.startsWith("满意度"));
    }

    /** The declaration's framework when it lists {@code home} (一级/二级) and the tree lacks that 二级. */
    private static Optional<Framework> missingFrameworkLevel2(Declaration d, RuleContext ctx, String home) {
        int slash = home.indexOf('/');
        String h1 = home.substring(0, slash);
        String h2 = home.substring(slash + 1);
        if (d.tree().find(h1, h2).isPresent()) {
            return Optional.empty();
        }
        return ctx.framework(d.frameworkId())
                .filter(f -> f.sections().stream().anyMatch(s -> s.name().equals(h1) && s.level2().contains(h2)));
    }

    @Override
    public Declaration fix(Declaration d, RuleContext ctx, List<Change> changes) {
        Declaration current = d;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (IndicatorTree.Node n : current.tree().nodes()) {
                if (n.depth() != 3) {
                    continue;
                }
                Indicator i = current.tree().indicator(n.position());
                Optional<String> home = home(ctx, i);
                Level1 l1 = current.tree().level1(n.position());
                Level2 l2 = current.tree().level2(n.position());
                if (home.isEmpty() || belongs(home.get(), l1, l2)) {
                    continue;
                }
                try {
                    // the framework's 二级 the row belongs to, when the tree lost it (dropped in conversion)
                    IndicatorTree tree = current.tree();
                    Optional<Framework> framework = missingFrameworkLevel2(current, ctx, home.get());
                    if (framework.isPresent()) {
                        tree = tree.addLevel(home.get(), framework.get());
                    }
                    tree = tree.move(n.path(), home.get());
                    if (framework.isPresent()) {
                        changes.add(new Change(id(), home.get(), "—", home.get()));
                    }
                    changes.add(new Change(id(), n.path(), n.path(), home.get() + "/" + i.name()));
                    current = current.withTree(tree);
                    moved = true;
                    break; // positions changed: walk the new tree
                } catch (PathException cannotMove) {
                    // the target 二级 is missing or already has an indicator of that name: leave it to the user
                }
            }
        }
        return current;
    }
}
