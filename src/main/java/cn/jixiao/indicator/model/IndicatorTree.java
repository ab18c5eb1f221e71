package cn.jixiao.indicator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The 一级 / 二级 / 三级 indicator tree of one declaration. Immutable: every edit returns a new tree.
 *
 * <p>Paths (see {@link #resolve(String)}): {@code 一级/二级/三级} by name, any unambiguous trailing part of it
 * ({@code 培训参训率}, {@code 数量指标/培训参训率}), or a one-based position ({@code 3.1.2}).
 */
public record IndicatorTree(List<Level1> level1s) {
    public IndicatorTree {
        level1s = List.copyOf(level1s);
    }

    public static IndicatorTree empty() {
        return new IndicatorTree(List.of());
    }

    public int indicatorCount() {
        int n = 0;
        for (Level1 l1 : level1s) {
            n += l1.indicatorCount();
        }
        return n;
    }

    /** A node found by a path: its position and its names from the root. */
    public record Node(Position position, List<String> names) {
        public String path() {
            return String.join("/", names);
        }

        public int depth() {
            return position.depth();
        }
    }

    public Level1 level1(Position p) {
        return level1s.get(p.l1());
    }

    public Level2 level2(Position p) {
        return level1(p).children().get(p.l2());
    }

    public Indicator indicator(Position p) {
        return level2(p).indicators().get(p.l3());
    }

    /** Every node, depth first in form order. */
    public List<Node> nodes() {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < level1s.size(); i++) {
            Level1 l1 = level1s.get(i);
            out.add(new Node(Position.level1(i), List.of(l1.name())));
            for (int j = 0; j < l1.children().size(); j++) {
                Level2 l2 = l1.children().get(j);
                out.add(new Node(Position.level2(i, j), List.of(l1.name(), l2.name())));
                for (int k = 0; k < l2.indicators().size(); k++) {
                    out.add(new Node(Position.indicator(i, j, k),
                            List.of(l1.name(), l2.name(), l2.indicators().get(k).name())));
                }
            }
        }
        return out;
    }

    /** Resolves a path to exactly one node, or throws {@link PathException} saying why not. */
    public Node resolve(String path) {
        String p = path == null ? "" : path.strip();
        if (p.isEmpty()) {
            throw new PathException("path.empty");
        }
        if (p.matches("\\d{1,9}(\\.\\d{1,9}){0,2}")) {
            return byPosition(p);
        }
        List<String> segments = new ArrayList<>();
        for (String s : p.split("/")) {
            if (!s.isBlank()) {
                segments.add(s.strip());
            }
        }
        if (segments.isEmpty() || segments.size() > 3) {
            throw new PathException("path.bad", path);
        }
        List<Node> all = nodes();
        List<Node> exact = all.stream().filter(n -> n.names().equals(segments)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Node> matches = exact.isEmpty()
                ? all.stream().filter(n -> endsWith(n.names(), segments)).toList()
                : exact;
        if (matches.size() > 1) {
            // prefer the deepest kind when names repeat across levels (a 三级 named like its 二级)
            int deepest = matches.stream().mapToInt(Node::depth).max().orElse(3);
            List<Node> deep = matches.stream().filter(n -> n.depth() == deepest).toList();
            if (deep.size() == 1) {
                return deep.get(0);
            }
            throw new PathException("path.ambiguous", path,
                    String.join("、", deep.stream().map(n -> n.position() + " " + n.path()).toList()));
        }
        if (matches.isEmpty()) {
            String last = segments.get(segments.size() - 1);
            List<String> similar = all.stream()
                    .filter(n -> n.names().get(n.names().size() - 1).contains(last)
                            || last.contains(n.names().get(n.names().size() - 1)))
                    .map(Node::path).limit(5).toList();
            if (similar.isEmpty()) {
                throw new PathException("path.not-found", path);
            }
            throw new PathException("path.not-found-similar", path, String.join("、", similar));
        }
        return matches.get(0);
    }

    /** Resolves a path that must name a 三级 indicator. */
    public Node resolveIndicator(String path) {
        Node n = resolve(path);
        if (n.depth() != 3) {
            throw new PathException("path.not-indicator", path, n.path());
        }
        return n;
    }

    /** Resolves a path that must name a 二级 node (where 三级 indicators go). */
    public Node resolveLevel2(String path) {
        Node n = resolve(path);
        if (n.depth() != 2) {
            List<String> options = n.depth() == 1
                    ? level1(n.position()).children().stream().map(c -> n.names().get(0) + "/" + c.name()).toList()
                    : List.of(n.names().get(0) + "/" + n.names().get(1));
            throw new PathException("path.not-level2", path, String.join("、", options));
        }
        return n;
    }

    private static boolean endsWith(List<String> names, List<String> suffix) {
        if (suffix.size() > names.size()) {
            return false;
        }
        return names.subList(names.size() - suffix.size(), names.size()).equals(suffix);
    }

    private Node byPosition(String p) {
        String[] parts = p.split("\\.");
        int[] idx = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            idx[i] = Integer.parseInt(parts[i]) - 1;
        }
        if (idx[0] < 0 || idx[0] >= level1s.size()) {
            throw new PathException("path.no-position", p);
        }
        Level1 l1 = level1s.get(idx[0]);
        if (idx.length == 1) {
            return new Node(Position.level1(idx[0]), List.of(l1.name()));
        }
        if (idx[1] < 0 || idx[1] >= l1.children().size()) {
            throw new PathException("path.no-position", p);
        }
        Level2 l2 = l1.children().get(idx[1]);
        if (idx.length == 2) {
            return new Node(Position.level2(idx[0], idx[1]), List.of(l1.name(), l2.name()));
        }
        if (idx[2] < 0 || idx[2] >= l2.indicators().size()) {
            throw new PathException("path.no-position", p);
        }
        return new Node(Position.indicator(idx[0], idx[1], idx[2]),
                List.of(l1.name(), l2.name(), l2.indicators().get(idx[2]).name()));
    }

    // ---- edits -------------------------------------------------------------------------------

    /** Adds a 三级 indicator at the end of the 二级 named by {@code parentPath}. */
    public IndicatorTree add(String parentPath, Indicator indicator) {
        Node parent = resolveLevel2(parentPath);
        return insert(parent.position(), indicator);
    }

    /** Adds a 三级 indicator at the end of the 二级 at {@code level2}. */
    public IndicatorTree insert(Position level2, Indicator indicator) {
        requireName(indicator.name());
        Level2 target = level2(level2);
        if (target.indicators().stream().anyMatch(i -> i.name().equals(indicator.name()))) {
            throw new PathException("indicator.duplicate", level1(level2).name() + "/" + target.name(),
                    indicator.name());
        }
        return updateLevel2(level2, l2 -> l2.plus(indicator));
    }

    /** Replaces the 三级 indicator at {@code path} by {@code change} applied to it. */
    public IndicatorTree update(String path, UnaryOperator<Indicator> change) {
        Node node = resolveIndicator(path);
        Position pos = node.position();
        Indicator before = indicator(pos);
        Indicator after = change.apply(before);
        requireName(after.name());
        if (!after.name().equals(before.name())
                && level2(pos).indicators().stream().anyMatch(i -> i.name().equals(after.name()))) {
            throw new PathException("indicator.duplicate", node.names().get(0) + "/" + node.names().get(1),
                    after.name());
        }
        return updateLevel2(pos, l2 -> {
            List<Indicator> list = new ArrayList<>(l2.indicators());
            list.set(pos.l3(), after);
            return l2.withIndicators(list);
        });
    }

    /** Removes the 三级 indicator at {@code path}. */
    public IndicatorTree remove(String path) {
        Position pos = resolveIndicator(path).position();
        return updateLevel2(pos, l2 -> {
            List<Indicator> list = new ArrayList<>(l2.indicators());
            list.remove(pos.l3());
            return l2.withIndicators(list);
        });
    }

    /** Moves the 三级 indicator at {@code path} to the end of the 二级 named by {@code targetPath}. */
    public IndicatorTree move(String path, String targetPath) {
        Node from = resolveIndicator(path);
        Node to = resolveLevel2(targetPath);
        if (from.position().l1() == to.position().l1() && from.position().l2() == to.position().l2()) {
            return this;
        }
        Indicator moving = indicator(from.position());
        IndicatorTree without = remove(from.position().toString());
        return without.insert(to.position(), moving);
    }

    /** Finds a 三级 indicator by its exact full path. */
    public Optional<Indicator> find(String level1, String level2, String name) {
        for (Level1 l1 : level1s) {
            if (!l1.name().equals(level1)) {
                continue;
            }
            for (Level2 l2 : l1.children()) {
                if (l2.name().equals(level2)) {
                    return l2.indicators().stream().filter(i -> i.name().equals(name)).findFirst();
                }
            }
        }
        return Optional.empty();
    }

    private IndicatorTree updateLevel2(Position pos, UnaryOperator<Level2> change) {
        List<Level1> l1s = new ArrayList<>(level1s);
        Level1 l1 = l1s.get(pos.l1());
        List<Level2> l2s = new ArrayList<>(l1.children());
        l2s.set(pos.l2(), change.apply(l2s.get(pos.l2())));
        l1s.set(pos.l1(), l1.withChildren(l2s));
        return new IndicatorTree(l1s);
    }

    private static void requireName(String name) {
        if (name.isBlank()) {
            throw new PathException("indicator.name-empty");
        }
        if (name.contains("/")) {
            throw new PathException("indicator.name-slash", name);
        }
    }
}
