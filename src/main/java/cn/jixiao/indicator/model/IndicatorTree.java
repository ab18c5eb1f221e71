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

    // ---- 一级 and 二级 ---------------------------------------------------------------------------

    /**
     * Adds the 一级 ({@code 一级}) or 二级 ({@code 一级/二级}, with its 一级 when that is missing too) named by
     * {@code path}, where {@code framework} puts it: after the ones the framework lists before it, before those it
     * lists after; a name the framework does not know goes last.
     */
    public IndicatorTree addLevel(String path, Framework framework) {
        List<String> names = levelNames(path);
        String l1Name = names.get(0);
        List<Level1> l1s = new ArrayList<>(level1s);
        int i = indexOfLevel1(l1Name);
        if (i < 0) {
            List<String> order = framework.sections().stream().map(Framework.Section::name).toList();
            i = insertionPoint(l1s.stream().map(Level1::name).toList(), order, l1Name);
            l1s.add(i, new Level1(l1Name, List.of()));
        } else if (names.size() == 1) {
            throw new PathException("level.exists", l1Name);
        }
        if (names.size() == 2) {
            String l2Name = names.get(1);
            Level1 l1 = l1s.get(i);
            if (l1.children().stream().anyMatch(c -> c.name().equals(l2Name))) {
                throw new PathException("level.exists", l1Name + "/" + l2Name);
            }
            List<String> order = framework.sections().stream().filter(s -> s.name().equals(l1Name)).findFirst()
                    .map(Framework.Section::level2).orElse(List.of());
            List<Level2> l2s = new ArrayList<>(l1.children());
            l2s.add(insertionPoint(l2s.stream().map(Level2::name).toList(), order, l2Name), Level2.empty(l2Name));
            l1s.set(i, l1.withChildren(l2s));
        }
        return new IndicatorTree(l1s);
    }

    /** Renames the 一级 or 二级 at {@code path}; its 三级 stay under it. */
    public IndicatorTree renameLevel(String path, String newName) {
        Node node = resolveLevel(path);
        requireLevelName(newName);
        Position pos = node.position();
        List<Level1> l1s = new ArrayList<>(level1s);
        if (node.depth() == 1) {
            if (indexOfLevel1(newName) >= 0 && !newName.equals(node.names().get(0))) {
                throw new PathException("level.exists", newName);
            }
            Level1 l1 = l1s.get(pos.l1());
            l1s.set(pos.l1(), new Level1(newName, l1.children()));
            return new IndicatorTree(l1s);
        }
        Level1 l1 = level1(pos);
        if (l1.children().stream().anyMatch(c -> c.name().equals(newName)) && !newName.equals(node.names().get(1))) {
            throw new PathException("level.exists", l1.name() + "/" + newName);
        }
        return updateLevel2(pos, l2 -> new Level2(newName, l2.indicators()));
    }

    /** Removes the 一级 or 二级 at {@code path} when no 三级 indicator sits under it. */
    public IndicatorTree removeLevel(String path) {
        Node node = resolveLevel(path);
        Position pos = node.position();
        int count = node.depth() == 1 ? level1(pos).indicatorCount() : level2(pos).indicators().size();
        if (count > 0) {
            throw new PathException("level.not-empty", node.path(), count);
        }
        List<Level1> l1s = new ArrayList<>(level1s);
        if (node.depth() == 1) {
            l1s.remove(pos.l1());
        } else {
            List<Level2> l2s = new ArrayList<>(level1(pos).children());
            l2s.remove(pos.l2());
            l1s.set(pos.l1(), level1(pos).withChildren(l2s));
        }
        return new IndicatorTree(l1s);
    }

    /** Resolves a path that must name a 一级 or a 二级. */
    public Node resolveLevel(String path) {
        Node n = resolve(path);
        if (n.depth() == 3) {
            throw new PathException("path.not-level", path, n.path());
        }
        return n;
    }

    /** The names of a 一级 or 一级/二级 path to be created. */
    private static List<String> levelNames(String path) {
        List<String> names = new ArrayList<>();
        for (String s : (path == null ? "" : path).split("/")) {
            if (!s.isBlank()) {
                names.add(s.strip());
            }
        }
        if (names.isEmpty() || names.size() > 2) {
            throw new PathException("level.bad-path", path == null ? "" : path);
        }
        names.forEach(IndicatorTree::requireLevelName);
        return names;
    }

    private int indexOfLevel1(String name) {
        for (int i = 0; i < level1s.size(); i++) {
            if (level1s.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where {@code name} goes among {@code existing} so that the names {@code order} lists stay in its order:
     * after the last existing one the order puts before it; at the end when the order does not list it.
     */
    private static int insertionPoint(List<String> existing, List<String> order, String name) {
        int rank = order.indexOf(name);
        if (rank < 0) {
            return existing.size();
        }
        int at = 0;
        for (int k = 0; k < existing.size(); k++) {
            int r = order.indexOf(existing.get(k));
            if (r >= 0 && r < rank) {
                at = k + 1;
            }
        }
        return at;
    }

    private static void requireLevelName(String name) {
        if (name == null || name.isBlank()) {
            throw new PathException("level.name-empty");
        }
        if (name.contains("/")) {
            throw new PathException("indicator.name-slash", name);
        }
        if (name.strip().matches("\\d+(\\.\\d+)*")) {
            throw new PathException("level.name-number", name);
        }
    }

    /** Finds a 二级 by its 一级 and 二级 names. */
    public Optional<Level2> find(String level1, String level2) {
        for (Level1 l1 : level1s) {
            if (l1.name().equals(level1)) {
                for (Level2 l2 : l1.children()) {
                    if (l2.name().equals(level2)) {
                        return Optional.of(l2);
                    }
                }
            }
        }
        return Optional.empty();
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
