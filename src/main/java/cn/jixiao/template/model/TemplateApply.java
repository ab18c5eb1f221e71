package cn.jixiao.template.model;

import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.indicator.model.Position;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds a template's indicators to a tree: each missing one goes under its 二级 with its default values; one the
 * tree already has (by name or alias, wherever it is) is left alone, as is one whose 二级 the tree lacks.
 */
public final class TemplateApply {
    /** Why an indicator was not added. */
    public enum Reason { EXISTS, NO_PARENT }

    public record Skipped(TemplateIndicator indicator, Reason reason, String where) {
    }

    public record Result(IndicatorTree tree, List<TemplateIndicator> added, List<Skipped> skipped) {
        public Result {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }
    }

    private TemplateApply() {
    }

    public static Result apply(IndicatorTree tree, List<TemplateIndicator> indicators) {
        IndicatorTree current = tree;
        List<TemplateIndicator> added = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (TemplateIndicator i : indicators) {
            Optional<String> existing = existing(current, i);
            if (existing.isPresent()) {
                skipped.add(new Skipped(i, Reason.EXISTS, existing.get()));
                continue;
            }
            Optional<Position> parent = level2(current, i.level1(), i.level2());
            if (parent.isEmpty()) {
                skipped.add(new Skipped(i, Reason.NO_PARENT, i.parentPath()));
                continue;
            }
            current = current.insert(parent.get(), i.toIndicator());
            added.add(i);
        }
        return new Result(current, added, skipped);
    }

    private static Optional<String> existing(IndicatorTree tree, TemplateIndicator i) {
        return tree.nodes().stream().filter(n -> n.depth() == 3 && i.matches(n.names().get(2)))
                .map(IndicatorTree.Node::path).findFirst();
    }

    private static Optional<Position> level2(IndicatorTree tree, String l1, String l2) {
        for (int a = 0; a < tree.level1s().size(); a++) {
            Level1 one = tree.level1s().get(a);
            if (!one.name().equals(l1)) {
                continue;
            }
            for (int b = 0; b < one.children().size(); b++) {
                Level2 two = one.children().get(b);
                if (two.name().equals(l2)) {
                    return Optional.of(Position.level2(a, b));
                }
            }
        }
        return Optional.empty();
    }
}
