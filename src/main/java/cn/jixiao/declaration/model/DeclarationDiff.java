package cn.jixiao.declaration.model;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a declaration, field by field and indicator by indicator. An indicator
 * is matched by name: found under another parent it is a move; values compare as entered.
 */
public final class DeclarationDiff {
    /** The kind of a change. */
    public enum Kind { ADDED, REMOVED, CHANGED, MOVED }

    /** One change: where, and the value before and after ("" when there was none). */
    public record Entry(Kind kind, String path, String before, String after) {
    }

    private DeclarationDiff() {
    }

    public static List<Entry> between(Declaration from, Declaration to) {
        List<Entry> out = new ArrayList<>();
        for (HeaderField f : HeaderField.values()) {
            field(out, "header/" + f.label(), f.get(from), f.get(to));
        }
        for (FundingSource s : FundingSource.values()) {
            field(out, "funding/" + s.label(), Amounts.format(from.funding().amount(s)),
                    Amounts.format(to.funding().amount(s)));
        }
        Map<String, Expense> before = new LinkedHashMap<>();
        from.funding().expenses().forEach(e -> before.put(e.name(), e));
        Map<String, Expense> after = new LinkedHashMap<>();
        to.funding().expenses().forEach(e -> after.put(e.name(), e));
        for (Expense e : from.funding().expenses()) {
            String path = "funding/支出/" + e.name();
            Expense now = after.get(e.name());
            if (now == null) {
                out.add(new Entry(Kind.REMOVED, path, expense(e), ""));
            } else if (!expense(e).equals(expense(now))) {
                out.add(new Entry(Kind.CHANGED, path, expense(e), expense(now)));
            }
        }
        for (Expense e : to.funding().expenses()) {
            if (!before.containsKey(e.name())) {
                out.add(new Entry(Kind.ADDED, "funding/支出/" + e.name(), "", expense(e)));
            }
        }
        indicators(out, from.tree(), to.tree());
        return out;
    }

    private static void field(List<Entry> out, String path, String before, String after) {
        if (!Objects.equals(before, after)) {
            Kind kind = before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
            out.add(new Entry(kind, path, before, after));
        }
    }

    private static String expense(Expense e) {
        return Amounts.format(e.half()) + " | " + Amounts.format(e.full());
    }

    private static String values(Indicator i) {
        return i.half().text() + " | " + i.full().text();
    }

    private static void indicators(List<Entry> out, IndicatorTree from, IndicatorTree to) {
        Map<String, String> fromPaths = paths(from);
        Map<String, String> toPaths = paths(to);
        Map<String, Indicator> fromByName = byName(from);
        Map<String, Indicator> toByName = byName(to);
        for (Map.Entry<String, String> e : fromPaths.entrySet()) {
            String name = e.getKey();
            Indicator was = fromByName.get(name);
            Indicator now = toByName.get(name);
            if (now == null) {
                out.add(new Entry(Kind.REMOVED, e.getValue(), values(was), ""));
                continue;
            }
            String newPath = toPaths.get(name);
            if (!newPath.equals(e.getValue())) {
                out.add(new Entry(Kind.MOVED, newPath, e.getValue(), newPath));
            }
            if (!values(was).equals(values(now))) {
                out.add(new Entry(Kind.CHANGED, newPath, values(was), values(now)));
            }
        }
        for (Map.Entry<String, String> e : toPaths.entrySet()) {
            if (!fromPaths.containsKey(e.getKey())) {
                out.add(new Entry(Kind.ADDED, e.getValue(), "", values(toByName.get(e.getKey()))));
            }
        }
    }

    private static Map<String, String> paths(IndicatorTree tree) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IndicatorTree.Node n : tree.nodes()) {
            if (n.depth() == 3) {
                out.putIfAbsent(n.names().get(2), n.path());
            }
        }
        return out;
    }

    private static Map<String, Indicator> byName(IndicatorTree tree) {
        Map<String, Indicator> out = new LinkedHashMap<>();
        for (IndicatorTree.Node n : tree.nodes()) {
            if (n.depth() == 3) {
                out.putIfAbsent(n.names().get(2), tree.indicator(n.position()));
            }
        }
        return out;
    }
}
