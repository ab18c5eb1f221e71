package cn.jixiao.evaluation;

import cn.jixiao.declaration.DeclarationView;
import cn.jixiao.evaluation.model.EvaluationRow;
import cn.jixiao.evaluation.model.Scorecard;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.Text;
import cn.jixiao.validation.RecordFindings;
import cn.jixiao.validation.model.Finding;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Renders a self-evaluation: the scored table, one row, the weights, the findings. */
@Component
public class EvalView {
    private final Messages m;
    private final DeclarationView declarations;

    public EvalView(Messages messages, DeclarationView declarations) {
        this.m = messages;
        this.declarations = declarations;
    }

    public String title(EvaluationService.Current c) {
        return m.get("eval.title", declarations.title(c.declaration()));
    }

    /** Where the weights come from, in one line. */
    public String weightSource(Scorecard card) {
        return card.frameworkWeights() ? m.get("eval.weights.framework", card.evaluation().declarationId())
                : m.get("eval.weights.default");
    }

    public List<String> show(EvaluationService.Current c, List<Finding> findings) {
        Scorecard card = c.scorecard();
        List<String> out = new ArrayList<>();
        out.add(title(c));
        Text.Table t = new Text.Table(7, 4, 5);
        t.row(m.get("eval.col.position"), m.get("eval.col.indicator"), m.get("eval.col.target"),
                m.get("eval.col.actual"), m.get("eval.col.weight"), m.get("eval.col.score"), m.get("eval.col.reason"));
        for (EvaluationRow r : card.listed()) {
            t.row(r.position(), r.isExecutionLine() ? executionLabel(card) : r.path(), r.target(),
                    EvaluationExport.actual(r).isEmpty() ? "—" : EvaluationExport.actual(r),
                    Scorer.plain(r.weight()).toPlainString(), score(r), r.reason());
        }
        t.row("", m.get("eval.col.sum"), "", "", Scorer.plain(card.weightSum()).toPlainString(),
                card.total().toPlainString(), "");
        out.addAll(t.lines());
        out.add(summary(card));
        out.add(weightSource(card));
        if (card.unlisted() > 0) {
            out.add(m.get("eval.unlisted", card.unlisted()));
        }
        if (card.unscored() > 0) {
            out.add(m.get("eval.unscored", card.unscored()));
        }
        out.addAll(findings(findings));
        return Text.fitAll(out); // the title and the lines under the table fit the terminal too
    }

    private String executionLabel(Scorecard card) {
        if (card.evaluation().executed().isPresent() && card.budget().isPresent()) {
            return m.get("eval.execution-line", card.evaluation().executed().get().toPlainString(),
                    card.budget().get().toPlainString());
        }
        return m.get("eval.execution-line.blank");
    }

    /** The score cell: the score that counts, and the computed one when a manual score replaces it. */
    public String score(EvaluationRow r) {
        if (r.score().isEmpty()) {
            return "—";
        }
        String s = r.score().get().toPlainString();
        if (r.manual().isPresent() && r.computed().isPresent() && r.manual().get().compareTo(r.computed().get()) != 0) {
            return m.get("eval.score.manual", Scorer.plain(r.manual().get()).toPlainString(),
                    r.computed().get().toPlainString());
        }
        return r.manual().isPresent() ? Scorer.plain(r.manual().get()).toPlainString() : s;
    }

    public String summary(Scorecard card) {
        return m.get("eval.summary", card.total().toPlainString(), card.grade().label(),
                Scorer.plain(card.weightSum()).toPlainString());
    }

    /** One row after `eval set`. */
    public String row(EvaluationRow r, Scorecard card) {
        String actual = EvaluationExport.actual(r);
        return m.get("eval.set.done", r.position().isEmpty() ? "" : r.position() + " ", r.path(), r.target(),
                actual.isEmpty() ? "—" : actual, Scorer.plain(r.weight()).toPlainString(), score(r),
                card.total().toPlainString(), card.grade().label());
    }

    public List<String> weights(Scorecard card) {
        List<String> out = new ArrayList<>();
        Text.Table t = new Text.Table(4, 2);
        t.row(m.get("eval.col.position"), m.get("eval.col.indicator"), m.get("eval.col.weight"), m.get("eval.col.source"));
        for (EvaluationRow r : card.rows()) {
            t.row(r.position(), r.path(), Scorer.plain(r.weight()).toPlainString(),
                    m.get("eval.source." + r.weightSource().name().toLowerCase(java.util.Locale.ROOT)));
        }
        t.row("", m.get("eval.col.sum"), Scorer.plain(card.weightSum()).toPlainString(), "");
        out.addAll(t.lines());
        out.add(weightSource(card));
        return out;
    }

    public List<String> findings(List<Finding> findings) {
        return RecordFindings.lines(m, findings);
    }

    static String plain(BigDecimal b) {
        return Scorer.plain(b).toPlainString();
    }
}
