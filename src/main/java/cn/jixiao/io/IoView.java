package cn.jixiao.io;

import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.io.form.Diagnostic;
import cn.jixiao.io.form.ImportedForm;
import cn.jixiao.io.form.SourceCell;
import cn.jixiao.json.Json;
import cn.jixiao.model.DomainException;
import cn.jixiao.shell.Messages;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Renders import results (one line per form, what the reader noticed, the forms that failed). */
@Component
public class IoView {
    private final Messages m;

    public IoView(Messages messages) {
        this.m = messages;
    }

    public String diagnostic(Diagnostic d) {
        return m.get("io.at", d.location(), m.get(d.key(), d.args().toArray()));
    }

    public String error(ImportedForm f) {
        DomainException e = f.error().orElseThrow();
        return m.get(e.key(), e.args());
    }

    /** One line per form, what the reader noticed, the failures, the summary; {@code file} is the file imported. */
    public List<String> text(ImportService.Outcome o, String file) {
        List<String> out = new ArrayList<>();
        for (ImportService.Stored s : o.stored()) {
            String key = o.dryRun() ? "io.line-dry" : s.unchanged() ? "io.line-unchanged"
                    : s.updated() ? "io.line-updated" : "io.line";
            String total = s.totalFunds().isPresent() ? m.get("io.total", Amounts.format(s.totalFunds()))
                    : m.get("io.total-blank");
            String line = m.get(key, s.id(), s.name(), s.year(), total, s.indicators(), s.revision());
            if (s.counted()) {
                line += m.get("io.line-cells", s.placed(), s.reported().size());
            }
            out.add(s.errors() + s.warnings() == 0 ? line : line + m.get("io.line-findings", s.errors(), s.warnings()));
            for (Diagnostic d : s.diagnostics()) {
                out.add("    " + diagnostic(d));
            }
        }
        for (ImportedForm f : o.failed()) {
            out.add(m.get("io.line-failed", error(f)));
        }
        out.add(m.get(o.dryRun() ? "io.summary-dry" : "io.summary", o.stored().size(), o.failed().size()));
        long withErrors = o.stored().stream().filter(s -> s.errors() > 0).count();
        if (withErrors > 0) {
            out.add(m.get(o.dryRun() ? "io.summary-errors-dry" : "io.summary-errors", withErrors, file));
        }
        return out;
    }

    public String json(ImportService.Outcome o) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("dryRun", o.dryRun());
        ArrayNode imported = root.putArray("imported");
        for (ImportService.Stored s : o.stored()) {
            ObjectNode n = imported.addObject();
            if (o.dryRun()) {
                n.putNull("id");
            } else {
                n.put("id", s.id());
            }
            n.put("name", s.name());
            n.put("year", s.year());
            s.totalFunds().ifPresentOrElse(t -> n.put("totalFunds", Amounts.display(t)), () -> n.putNull("totalFunds"));
            n.put("indicators", s.indicators());
            n.put("updated", s.updated());
            n.put("unchanged", s.unchanged());
            n.put("errors", s.errors());
            n.put("warnings", s.warnings());
            n.put("location", s.location());
            ArrayNode ds = n.putArray("diagnostics");
            for (Diagnostic d : s.diagnostics()) {
                ds.addObject().put("location", d.location()).put("message", m.get(d.key(), d.args().toArray()));
            }
            if (s.counted()) {
                n.putObject("cells").put("placed", s.placed()).put("reported", s.reported().size());
                ArrayNode rs = n.putArray("reportedCells");
                for (SourceCell c : s.reported()) {
                    rs.addObject().put("location", c.location()).put("text", c.text());
                }
            }
        }
        ArrayNode failed = root.putArray("failed");
        for (ImportedForm f : o.failed()) {
            failed.addObject().put("location", f.location()).put("message", error(f));
        }
        return Json.pretty(root);
    }

    /**
     * The JSON document of an import that stored nothing: no form imported, {@code failed} naming where and why
     * ({@code location} the form that could not be read, or the file).
     */
    public String refusedJson(boolean dryRun, String location, DomainException error) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("dryRun", dryRun);
        root.putArray("imported");
        root.putArray("failed").addObject().put("location", location).put("message", m.get(error.key(), error.args()));
        root.put("refused", true);
        return Json.pretty(root);
    }
}
