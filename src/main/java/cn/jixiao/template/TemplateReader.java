package cn.jixiao.template;

import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.template.YamlTree.Entry;
import cn.jixiao.template.YamlTree.ListNode;
import cn.jixiao.template.YamlTree.MapNode;
import cn.jixiao.template.YamlTree.Node;
import cn.jixiao.template.YamlTree.Scalar;
import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateIndicator;
import cn.jixiao.template.model.TemplateKind;
import cn.jixiao.template.model.TemplateProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and lints one template file (the YAML format is documented in the README). Every problem names the file
 * and the line: YAML syntax, unknown or missing keys, a bad id or kind, an unknown framework, include or
 * framework path, a duplicate indicator (also against included sets), an unparsable default value, a unit that
 * disagrees with the value. {@code lookup} finds the other templates (catalogue and the files read with this
 * one); a file with problems gives no template.
 */
public final class TemplateReader {
    static final Set<String> TOP_KEYS = Set.of("id", "kind", "title", "description", "framework", "includes",
            "levels", "indicators");
    static final Set<String> INDICATOR_KEYS = Set.of("path", "half", "full", "unit", "kind", "weight",
            "explanation", "keywords", "aliases");
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9._-]*";

    /** Finds another template by id. */
    public interface Lookup extends Function<String, Optional<Template>> {
        Lookup NONE = id -> Optional.empty();
    }

    /** The template read, or the problems that kept it from being read. */
    public record Read(Optional<Template> template, List<TemplateProblem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final String file;
    private final Lookup lookup;
    private final List<TemplateProblem> problems = new ArrayList<>();

    private TemplateReader(String file, Lookup lookup) {
        this.file = file;
        this.lookup = lookup;
    }

    public static Read read(String file, String text, Lookup lookup) {
        return new TemplateReader(file, lookup).run(text);
    }

    private void problem(int line, String key, Object... args) {
        problems.add(TemplateProblem.of(file, line, key, args));
    }

    private Read run(String text) {
        YamlTree.Result yaml = YamlTree.read(text);
        if (!yaml.ok()) {
            problem(yaml.errorLine(), "template.lint.syntax", yaml.error());
            return new Read(Optional.empty(), problems);
        }
        yaml.duplicates().forEach(d -> problem(d.line(), "template.lint.duplicate-key", d.key()));
        if (!(yaml.root() instanceof MapNode root)) {
            problem(yaml.root().line(), "template.lint.not-map");
            return new Read(Optional.empty(), problems);
        }
        root.entries().values().stream().filter(e -> !TOP_KEYS.contains(e.key()))
                .forEach(e -> problem(e.line(), "template.lint.unknown-key", e.key(), String.join(", ", sorted(TOP_KEYS))));
        String id = requiredText(root, "id");
        if (!id.isEmpty() && !id.matches(ID_PATTERN)) {
            problem(root.entries().get("id").line(), "template.lint.bad-id", id);
        }
        String title = requiredText(root, "title");
        String kindText = requiredText(root, "kind");
        Optional<TemplateKind> kind = TemplateKind.find(kindText);
        if (!kindText.isEmpty() && kind.isEmpty()) {
            problem(root.entries().get("kind").line(), "template.lint.bad-kind", kindText);
        }
        String description = optionalText(root, "description");
        List<Framework.Section> levels = levels(root, kind.orElse(TemplateKind.INDICATORS));
        Framework framework = framework(root, kind, id, title, levels);
        List<String> includes = includes(root, id);
        List<TemplateIndicator> indicators = indicators(root, framework, includes);
        if (!problems.isEmpty() || kind.isEmpty()) {
            return new Read(Optional.empty(), problems);
        }
        return new Read(Optional.of(new Template(id, title, kind.get(),
                kind.get() == TemplateKind.FRAMEWORK ? id : framework.id(), description, includes, levels,
                indicators)), problems);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private String requiredText(MapNode map, String key) {
        Entry e = map.entries().get(key);
        if (e == null || !(e.value() instanceof Scalar s) || s.value().isBlank()) {
            problem(e == null ? map.line() : e.line(), "template.lint.missing", key);
            return "";
        }
        return s.value().strip();
    }

    private String optionalText(MapNode map, String key) {
        Entry e = map.entries().get(key);
        if (e == null) {
            return "";
        }
        if (!(e.value() instanceof Scalar s)) {
            problem(e.line(), "template.lint.not-text", key);
            return "";
        }
        return s.value().strip();
    }

    /** A list of texts; a single scalar counts as a list of one. */
    private List<Scalar> textList(MapNode map, String key) {
        Entry e = map.entries().get(key);
        if (e == null) {
            return List.of();
        }
        if (e.value() instanceof Scalar s) {
            return s.value().isBlank() ? List.of() : List.of(s);
        }
        if (!(e.value() instanceof ListNode list)) {
            problem(e.line(), "template.lint.not-list", key);
            return List.of();
        }
        List<Scalar> out = new ArrayList<>();
        for (Node n : list.items()) {
            if (n instanceof Scalar s && !s.value().isBlank()) {
                out.add(new Scalar(s.line(), s.value().strip(), s.text()));
            } else {
                problem(n.line(), "template.lint.not-text", key);
            }
        }
        return out;
    }

    private List<Framework.Section> levels(MapNode root, TemplateKind kind) {
        Entry e = root.entries().get("levels");
        if (e == null) {
            if (kind == TemplateKind.FRAMEWORK) {
                problem(root.line(), "template.lint.missing", "levels");
            }
            return List.of();
        }
        if (kind != TemplateKind.FRAMEWORK) {
            problem(e.line(), "template.lint.levels-in-set");
            return List.of();
        }
        if (!(e.value() instanceof ListNode list) || list.items().isEmpty()) {
            problem(e.line(), "template.lint.not-list", "levels");
            return List.of();
        }
        List<Framework.Section> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node n : list.items()) {
            if (!(n instanceof MapNode level)) {
                problem(n.line(), "template.lint.bad-level");
                continue;
            }
            level.entries().values().stream().filter(x -> !Set.of("name", "children").contains(x.key()))
                    .forEach(x -> problem(x.line(), "template.lint.unknown-key", x.key(), "children, name"));
            String name = requiredText(level, "name");
            if (!name.isEmpty() && !names.add(name)) {
                problem(level.line(), "template.lint.duplicate-level", name);
            }
            List<String> children = new ArrayList<>();
            for (Scalar c : textList(level, "children")) {
                if (children.contains(c.value())) {
                    problem(c.line(), "template.lint.duplicate-level", name + "/" + c.value());
                } else if (c.value().contains("/")) {
                    problem(c.line(), "template.lint.bad-name", c.value());
                } else {
                    children.add(c.value());
                }
            }
            if (children.isEmpty()) {
                problem(level.line(), "template.lint.missing", "children");
            }
            out.add(new Framework.Section(name, children));
        }
        return out;
    }

    /** The framework whose paths the indicators must use: this one, or the one named by a set. */
    private Framework framework(MapNode root, Optional<TemplateKind> kind, String id, String title,
                                List<Framework.Section> levels) {
        if (kind.isPresent() && kind.get() == TemplateKind.FRAMEWORK) {
            Entry e = root.entries().get("framework");
            if (e != null && e.value() instanceof Scalar s && !s.value().strip().equals(id)) {
                problem(e.line(), "template.lint.framework-in-framework", s.value());
            }
            return new Framework(id, title, levels);
        }
        String name = requiredText(root, "framework");
        if (name.isEmpty()) {
            return new Framework("", "", List.of());
        }
        Optional<Template> found = lookup.apply(name).filter(Template::isFramework);
        if (found.isEmpty()) {
            problem(root.entries().get("framework").line(), "template.lint.unknown-framework", name);
            return new Framework(name, "", List.of());
        }
        return found.get().toFramework();
    }

    private List<String> includes(MapNode root, String id) {
        List<String> out = new ArrayList<>();
        for (Scalar s : textList(root, "includes")) {
            String inc = s.value();
            Optional<Template> found = lookup.apply(inc);
            if (out.contains(inc)) {
                problem(s.line(), "template.lint.duplicate-include", inc);
            } else if (found.isEmpty()) {
                problem(s.line(), "template.lint.unknown-include", inc);
            } else if (found.get().isFramework()) {
                problem(s.line(), "template.lint.include-framework", inc);
            } else if (inc.equals(id) || reaches(inc, id, new HashSet<>())) {
                problem(s.line(), "template.lint.include-cycle", inc, id);
            } else {
                out.add(inc);
            }
        }
        return out;
    }

    private boolean reaches(String from, String target, Set<String> seen) {
        if (!seen.add(from)) {
            return false;
        }
        Optional<Template> t = lookup.apply(from);
        return t.isPresent() && t.get().includes().stream()
                .anyMatch(i -> i.equals(target) || reaches(i, target, seen));
    }

    private List<TemplateIndicator> indicators(MapNode root, Framework framework, List<String> includes) {
        Entry e = root.entries().get("indicators");
        if (e == null) {
            return List.of();
        }
        if (!(e.value() instanceof ListNode list)) {
            problem(e.line(), "template.lint.not-list", "indicators");
            return List.of();
        }
        Map<String, String> inherited = new HashMap<>();
        for (String inc : includes) {
            TemplateCatalog.resolve(inc, lookup).forEach(i -> inherited.putIfAbsent(i.name(), inc));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<TemplateIndicator> out = new ArrayList<>();
        for (Node n : list.items()) {
            if (!(n instanceof MapNode item)) {
                problem(n.line(), "template.lint.bad-indicator");
                continue;
            }
            indicator(item, framework).ifPresent(i -> {
                Integer first = seen.putIfAbsent(i.name(), i.line());
                if (first != null) {
                    problem(i.line(), "template.lint.duplicate", i.name(), first);
                } else if (inherited.containsKey(i.name())) {
                    problem(i.line(), "template.lint.duplicate-included", i.name(), inherited.get(i.name()));
                } else {
                    out.add(i);
                }
            });
        }
        return out;
    }

    private Optional<TemplateIndicator> indicator(MapNode item, Framework framework) {
        int before = problems.size();
        item.entries().values().stream().filter(x -> !INDICATOR_KEYS.contains(x.key()))
                .forEach(x -> problem(x.line(), "template.lint.unknown-key", x.key(), String.join(", ", sorted(INDICATOR_KEYS))));
        String path = requiredText(item, "path");
        String[] parts = path.split("/", -1);
        int line = item.entries().containsKey("path") ? item.entries().get("path").line() : item.line();
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            problem(line, "template.lint.bad-path", path);
            return Optional.empty();
        }
        String l1 = parts[0].strip();
        String l2 = parts[1].strip();
        String name = parts[2].strip();
        if (!framework.sections().isEmpty() && framework.sections().stream()
                .noneMatch(s -> s.name().equals(l1) && s.level2().contains(l2))) {
            problem(line, "template.lint.unknown-path", l1 + "/" + l2, framework.id());
        }
        String half = value(item, "half");
        String full = value(item, "full");
        String unit = optionalText(item, "unit");
        if (!unit.isEmpty()) {
            for (String key : List.of("half", "full")) {
                IndicatorValue v = ValueGrammar.parse(key.equals("half") ? half : full);
                if (v instanceof IndicatorValue.Quantitative q && !q.unit().isEmpty() && !q.unit().equals(unit)) {
                    problem(item.entries().get(key).line(), "template.lint.unit-mismatch", v.text(), unit);
                }
            }
        }
        String kindText = optionalText(item, "kind");
        IndicatorKind kind;
        if (kindText.isEmpty()) {
            kind = IndicatorKind.infer(name, ValueGrammar.parse(full));
        } else if (kindText.equals("cumulative") || kindText.equals("level")) {
            kind = IndicatorKind.valueOf(kindText.toUpperCase(java.util.Locale.ROOT));
        } else {
            problem(item.entries().get("kind").line(), "template.lint.bad-indicator-kind", kindText);
            kind = IndicatorKind.LEVEL;
        }
        Optional<BigDecimal> weight = Optional.empty();
        Entry w = item.entries().get("weight");
        if (w != null) {
            String text = w.value() instanceof Scalar s ? s.value().strip() : "";
            try {
                BigDecimal b = new BigDecimal(text);
                if (b.signum() < 0) {
                    throw new NumberFormatException(text);
                }
                weight = Optional.of(b);
            } catch (NumberFormatException bad) {
                problem(w.line(), "template.lint.bad-weight", text);
            }
        }
        String explanation = optionalText(item, "explanation");
        List<String> keywords = textList(item, "keywords").stream().map(Scalar::value).toList();
        List<String> aliases = new ArrayList<>(new LinkedHashSet<>(textList(item, "aliases").stream()
                .map(Scalar::value).toList()));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TemplateIndicator(l1, l2, name, half, full, unit, kind, weight, explanation,
                keywords, aliases, line));
    }

    /** A default value: must be text the value grammar understands (a quantity that doesn't parse is refused). */
    private String value(MapNode item, String key) {
        Entry e = item.entries().get(key);
        if (e == null) {
            return "";
        }
        if (!(e.value() instanceof Scalar s)) {
            problem(e.line(), "template.lint.not-text", key);
            return "";
        }
        String text = s.value().strip();
        IndicatorValue v = ValueGrammar.parse(text);
        if (!(v instanceof IndicatorValue.Quantitative) && ValueGrammar.looksQuantitative(text)) {
            problem(e.line(), "template.lint.bad-value", text);
        } else if (key.equals("full") && v instanceof IndicatorValue.Schedule) {
            problem(e.line(), "template.lint.schedule-full", text);
        }
        return text;
    }
}
