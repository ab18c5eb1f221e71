package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.json.Json;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.Text;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Renders declarations for the terminal: aligned by display width, so Chinese text lines up. */
@Component
public class DeclarationView {
    private final Messages m;

    public DeclarationView(Messages messages) {
        this.m = messages;
    }

    /** One line naming a declaration: #3 医保租赁业务专项（2026年度，第 2 版）. */
    public String title(Declaration d) {
        return m.get("view.title", d.id(), d.name(), d.header().year(), d.revision());
    }

    /** A header field's label in the console's language (the forms keep the official Chinese one). */
    public String label(HeaderField f) {
        return m.get("label.header." + f.id());
    }

    /** A funding source's label in the console's language. */
    public String label(FundingSource s) {
        return m.get("label.funding." + s.id());
    }

    /** The indicator tree with 半年/全年 values in aligned columns. */
    public List<String> tree(Declaration d) {
        Text.Table t = new Text.Table(3);
        t.row(m.get("view.tree.indicator"), m.get("view.tree.half"), m.get("view.tree.full"));
        List<Level1> l1s = d.tree().level1s();
        for (int i = 0; i < l1s.size(); i++) {
            Level1 l1 = l1s.get(i);
            t.row((i + 1) + " " + l1.name(), "", "");
            for (int j = 0; j < l1.children().size(); j++) {
                Level2 l2 = l1.children().get(j);
                String pos2 = (i + 1) + "." + (j + 1);
                if (l2.indicators().isEmpty()) {
                    t.row("  " + pos2 + " " + l2.name() + "  " + m.get("view.tree.empty"), "", "");
                    continue;
                }
                t.row("  " + pos2 + " " + l2.name(), "", "");
                for (int k = 0; k < l2.indicators().size(); k++) {
                    Indicator ind = l2.indicators().get(k);
                    t.row("    " + pos2 + "." + (k + 1) + " " + ind.name(), cell(ind.half()), cell(ind.full()));
                }
            }
        }
        return t.lines();
    }

    private String cell(IndicatorValue v) {
        return v.isBlank() ? m.get("view.blank") : v.text().strip();
    }

    /** Header, narrative, funding and tree: the whole form. */
    public List<String> show(Declaration d) {
        List<String> out = new ArrayList<>();
        out.add(title(d));
        out.add("");
        Text.Table header = new Text.Table(2);
        for (HeaderField f : HeaderField.values()) {
            String value = f.get(d);
            if (!value.isEmpty() || f.ordinal() <= HeaderField.YEAR.ordinal()) {
                header.row(label(f), value.isEmpty() ? "-" : value);
            }
        }
        header.row(m.get("view.framework"), d.frameworkId());
        out.addAll(header.lines());
        out.add("");
        out.add(m.get("view.funding"));
        Text.Table income = new Text.Table(2, 1);
        for (FundingSource s : FundingSource.values()) {
            String indent = FundingSource.fiscalParts().contains(s) ? "    " : s == FundingSource.TOTAL ? "" : "  ";
            income.row(indent + label(s), Amounts.format(d.funding().amount(s)));
        }
        out.addAll(indent(income.lines()));
        if (!d.funding().expenses().isEmpty()) {
            out.add("");
            Text.Table exp = new Text.Table(4, 2, 3);
            exp.row("#", m.get("view.expense"), m.get("view.expense.half"), m.get("view.expense.full"));
            int n = 1;
            for (Expense e : d.funding().expenses()) {
                exp.row(String.valueOf(n++), e.name(), Amounts.format(e.half()), Amounts.format(e.full()));
            }
            out.addAll(indent(exp.lines()));
        }
        out.add("");
        out.addAll(tree(d));
        return out;
    }

    private static List<String> indent(List<String> lines) {
        return lines.stream().map(l -> "  " + l).toList();
    }

    /** The table {@code list} prints. */
    public List<String> list(List<DeclarationSummary> rows) {
        if (rows.isEmpty()) {
            return List.of(m.get("view.list.none"));
        }
        Text.Table t = new Text.Table(8, 0, 4, 5, 6);
        t.row("ID", m.get("view.list.name"), m.get("view.list.year"), m.get("view.list.department"),
                m.get("view.list.total"), m.get("view.list.indicators"), m.get("view.list.revision"),
                m.get("view.list.updated-by"));
        for (DeclarationSummary s : rows) {
            t.row(String.valueOf(s.id()), s.name(), String.valueOf(s.year()), s.department(),
                    Amounts.format(s.totalFunds()), String.valueOf(s.indicators()), String.valueOf(s.revision()),
                    s.updatedBy());
        }
        return t.lines();
    }

    /** {@code list --json}: the shape scripts rely on (docs/cli.md). */
    public String listJson(List<DeclarationSummary> rows) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (DeclarationSummary s : rows) {
            ObjectNode o = arr.addObject();
            o.put("id", s.id());
            o.put("name", s.name());
            o.put("year", s.year());
            o.put("department", s.department());
            s.totalFunds().ifPresentOrElse(v -> o.put("totalFunds", Amounts.display(v)), () -> o.putNull("totalFunds"));
            o.put("indicators", s.indicators());
            o.put("revision", s.revision());
            o.put("updatedBy", s.updatedBy());
        }
        return Json.pretty(arr);
    }
}
