package cn.jixiao.validation;

import cn.jixiao.declaration.DeclarationView;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.io.form.ImportedForm;
import cn.jixiao.json.Json;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.Text;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Rule;
import cn.jixiao.validation.model.Severity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders findings (grouped by declaration and path), the rule list and rule explanations. */
@Component
public class ValidationView {
    /** The findings of one declaration; {@code id} is empty for a form validated from a file. */
    public record Result(Optional<Long> id, String name, String title, Declaration declaration,
                         List<Finding> findings, Optional<ImportedForm> form) {
        public Result(Optional<Long> id, String name, String title, Declaration declaration, List<Finding> findings) {
            this(id, name, title, declaration, findings, Optional.empty());
        }
    }

    private final Messages m;
    private final DeclarationView declarations;

    public ValidationView(Messages messages, DeclarationView declarations) {
        this.m = messages;
        this.declarations = declarations;
    }

    public String title(Declaration d) {
        return declarations.title(d);
    }

    public String message(Finding f) {
        return m.get(f.messageKey(), f.args().toArray());
    }

    public static long count(List<Result> results, Severity s) {
        return results.stream().flatMap(r -> r.findings().stream()).filter(f -> f.severity() == s).count();
    }

    public List<String> text(List<Result> results) {
        List<String> out = new ArrayList<>();
        for (Result r : results) {
            out.add(r.title());
            if (r.findings().isEmpty()) {
                out.add("  " + m.get("validate.clean"));
                continue;
            }
            Map<String, List<Finding>> byPath = new LinkedHashMap<>();
            for (Finding f : inFormOrder(r)) {
                byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<String, List<Finding>> e : byPath.entrySet()) {
                out.add("  " + e.getKey());
                for (Finding f : e.getValue()) {
                    // a long message wraps under itself, not under the severity
                    out.addAll(Text.fitted("    " + Text.padRight(m.get("severity." + f.severity().id()), 4) + "  "
                            + message(f) + "  [" + f.rule() + "]", 6));
                }
            }
        }
        out.add(m.get("validate.summary", count(results, Severity.ERROR), count(results, Severity.WARNING),
                count(results, Severity.INFO)));
        return Text.fitAll(out);
    }

    /** Findings in the order of the form: funding first, then the tree top to bottom; paths the tree lacks last. */
    private static List<Finding> inFormOrder(Result r) {
        Map<String, Integer> order = new java.util.HashMap<>();
        for (var n : r.declaration().tree().nodes()) {
            order.put(n.path(), order.size());
        }
        java.util.function.ToIntFunction<Finding> rank = f -> f.path().startsWith("funding/") ? -1
                : order.getOrDefault(f.path(), Integer.MAX_VALUE);
        return r.findings().stream().sorted(java.util.Comparator.comparingInt(rank)).toList();
    }

    /** {@code validate --json}: the shape scripts rely on (docs/cli.md). */
    public String json(List<Result> results) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode decls = root.putArray("declarations");
        for (Result r : results) {
            ObjectNode d = decls.addObject();
            r.id().ifPresentOrElse(id -> d.put("id", id), () -> d.putNull("id"));
            d.put("name", r.name());
            ArrayNode fs = d.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode o = fs.addObject();
                o.put("rule", f.rule());
                o.put("severity", f.severity().id());
                o.put("path", f.path());
                o.put("message", message(f));
            }
            r.form().filter(ImportedForm::counted).ifPresent(f -> {
                d.putObject("cells").put("placed", f.placed()).put("reported", f.reported().size());
                ArrayNode rs = d.putArray("reportedCells");
                f.reported().forEach(c -> rs.addObject().put("location", c.location()).put("text", c.text()));
            });
        }
        root.put("errors", count(results, Severity.ERROR));
        root.put("warnings", count(results, Severity.WARNING));
        return Json.pretty(root);
    }

    public List<String> changes(List<cn.jixiao.validation.model.Change> changes) {
        List<String> out = new ArrayList<>();
        for (cn.jixiao.validation.model.Change c : changes) {
            out.add(m.get("fix.change", c.path(), c.before().strip(), c.after().strip(), c.rule()));
        }
        return out;
    }

    public String fixSummary(int count, Declaration d, boolean dryRun) {
        if (count == 0) {
            return m.get("fix.none");
        }
        return dryRun ? m.get("fix.dry-run", count) : m.get("fix.done", count, d.revision());
    }

    public List<String> rules(List<Rule> rules, Map<String, Severity> overrides) {
        Text.Table t = new Text.Table(4);
        t.row(m.get("rules.id"), m.get("rules.severity"), m.get("rules.category"), m.get("rules.title"));
        for (Rule r : rules) {
            Severity s = overrides.getOrDefault(r.id(), r.defaultSeverity());
            t.row(r.id(), m.get("severity." + s.id()) + (overrides.containsKey(r.id()) ? "*" : ""),
                    m.get("category." + r.category()), m.get("rule." + r.id() + ".title"));
        }
        List<String> out = new ArrayList<>(t.lines());
        out.add(m.get("rules.footer"));
        return Text.fitAll(out);
    }

    public List<String> explain(Rule r, Map<String, Severity> overrides) {
        Severity s = overrides.getOrDefault(r.id(), r.defaultSeverity());
        List<String> out = new ArrayList<>();
        out.add(r.id() + " — " + m.get("rule." + r.id() + ".title"));
        out.add(m.get("explain.severity", m.get("severity." + s.id()), m.get("severity." + r.defaultSeverity().id()),
                m.get("category." + r.category())));
        out.add("");
        out.addAll(m.get("rule." + r.id() + ".explain").lines().toList());
        out.add("");
        out.add(m.get("explain.configure", r.id()));
        return out;
    }
}
