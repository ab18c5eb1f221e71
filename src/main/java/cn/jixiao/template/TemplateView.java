package cn.jixiao.template;

import cn.jixiao.json.Json;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.Text;
import cn.jixiao.template.model.Harvest;
import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateApply;
import cn.jixiao.template.model.TemplateDiff;
import cn.jixiao.template.model.TemplateIndicator;
import cn.jixiao.template.model.TemplateProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders the template catalogue, templates, diffs, apply and harvest reports and lint problems. */
@Component
public class TemplateView {
    private final Messages m;

    public TemplateView(Messages messages) {
        this.m = messages;
    }

    public String listJson(List<TemplateService.Listed> rows) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        rows.forEach(r -> out.addObject().put("id", r.id()).put("title", r.title()).put("kind", r.kind())
                .put("version", r.version()).put("indicators", r.indicators()).put("source", r.source())
                .put("author", r.author()));
        return Json.pretty(out);
    }

    public List<String> list(List<TemplateService.Listed> rows) {
        Text.Table t = new Text.Table(7, 3, 4);
        t.row(m.get("template.col.id"), m.get("template.col.title"), m.get("template.col.kind"),
                m.get("template.col.version"), m.get("template.col.indicators"), m.get("template.col.source"),
                m.get("template.col.author"));
        rows.forEach(r -> t.row(r.id(), r.title(), m.get("template.kind." + r.kind()), String.valueOf(r.version()),
                String.valueOf(r.indicators()), r.source(), r.author()));
        return t.lines();
    }

    public List<String> show(Template t, TemplateVersion v) {
        List<String> out = new ArrayList<>();
        out.add(m.get("template.show.title", t.id(), t.title(), m.get("template.kind." + t.kind().id()), v.version(),
                t.indicators().size()));
        if (!t.description().isEmpty()) {
            out.add(t.description());
        }
        if (!t.isFramework()) {
            out.add(m.get("template.show.framework", t.framework()));
        }
        if (!t.includes().isEmpty()) {
            out.add(m.get("template.show.includes", String.join("、", t.includes())));
        }
        t.levels().forEach(s -> out.add("  " + s.name() + "：" + String.join("、", s.level2())));
        if (!t.indicators().isEmpty()) {
            Text.Table table = new Text.Table(6, 5);
            table.row(m.get("template.col.path"), m.get("template.col.half"), m.get("template.col.full"),
                    m.get("template.col.unit"), m.get("template.col.kind-short"), m.get("template.col.weight"));
            for (TemplateIndicator i : t.indicators()) {
                table.row(i.path(), dash(i.half()), dash(i.full()), dash(i.unit()),
                        m.get("template.indicator-kind." + i.kind().name().toLowerCase(Locale.ROOT)),
                        i.weight().map(w -> w.toPlainString()).orElse(""));
            }
            table.lines().forEach(l -> out.add("  " + l.stripTrailing()));
        }
        return out;
    }

    private static String dash(String s) {
        return s.isEmpty() ? "—" : s;
    }

    public List<String> diff(String id, int from, int to, List<TemplateDiff.Change> changes) {
        List<String> out = new ArrayList<>();
        out.add(m.get("template.diff.title", id, from, to, changes.size()));
        for (TemplateDiff.Change c : changes) {
            out.add(switch (c.sign()) {
                case '+' -> "+ " + c.what() + "  " + c.after();
                case '-' -> "- " + c.what() + "  " + c.before();
                default -> "~ " + c.what() + "  " + c.before() + " → " + c.after();
            });
        }
        return out;
    }

    public List<String> applied(TemplateApply.Result r) {
        List<String> out = new ArrayList<>();
        for (TemplateIndicator i : r.added()) {
            out.add("+ " + i.path() + "  " + dash(i.half()) + " / " + dash(i.full()));
        }
        for (TemplateApply.Skipped s : r.skipped()) {
            out.add("= " + s.indicator().path() + "  " + (s.reason() == TemplateApply.Reason.EXISTS
                    ? m.get("template.apply.exists", s.where()) : m.get("template.apply.no-parent", s.where())));
        }
        return out;
    }

    public List<String> harvest(List<Harvest.Row> rows, int declarations) {
        List<String> out = new ArrayList<>();
        out.add(m.get("template.harvest.title", rows.size(), declarations));
        Text.Table t = new Text.Table(5, 0);
        t.row(m.get("template.col.count"), m.get("template.col.path"), m.get("template.col.parent-count"),
                m.get("template.col.half"), m.get("template.col.full"));
        rows.forEach(r -> t.row(String.valueOf(r.count()), r.path(), r.parentCount() + "/" + r.count(),
                dash(r.half()), dash(r.full())));
        t.lines().forEach(l -> out.add(l.stripTrailing()));
        return out;
    }

    public String problem(TemplateProblem p) {
        return p.location() + ": " + m.get(p.key(), p.args().toArray());
    }
}
