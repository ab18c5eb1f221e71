package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.model.DomainException;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One form found in a file: the declaration read from it (unsaved: id 0) and what the reader noticed, or the
 * error that made it unreadable. {@code location} is where the form starts. A self-evaluation table also gives the
 * declaration's {@code evaluation} (declaration id 0 until stored). Diagnostics whose key starts with
 * {@code io.note.} say how a cell was read or where it went, not that something is wrong. For a form read from a
 * table (Markdown, pasted text, xlsx), {@code placed} counts the non-empty source cells that went into the
 * declaration (header, funding, 支出, indicator tree) and {@code reported} lists the others, each also named by a
 * diagnostic: every non-empty cell is one or the other. Both are 0/empty for JSON and YAML. A monitoring table
 * (绩效运行监控表) also gives the declaration's {@code monitoring} record (declaration id 0 until stored).
 */
public record ImportedForm(String location, Declaration declaration, List<Diagnostic> diagnostics,
                           Optional<DomainException> error, Optional<Evaluation> evaluation, int placed,
                           List<SourceCell> reported, Optional<Monitoring> monitoring) {
    /** Reader notes that say how a cell was read rather than that something is wrong. */
    private static final Set<String> NOTES = Set.of("io.amount-next-row", "io.placed-below", "io.level1-inferred",
            "io.not-indicator", "io.amount-beside-label");

    public ImportedForm {
        diagnostics = List.copyOf(diagnostics);
        reported = List.copyOf(reported);
    }

    public static ImportedForm ok(String location, Declaration d, List<Diagnostic> diagnostics) {
        return new ImportedForm(location, d, diagnostics, Optional.empty(), Optional.empty(), 0, List.of(),
                Optional.empty());
    }

    /** A form read with its self-evaluation (a 自评表: actual values, weights, the form's own scores). */
    public static ImportedForm ok(String location, Declaration d, List<Diagnostic> diagnostics,
                                  Optional<Evaluation> evaluation) {
        return new ImportedForm(location, d, diagnostics, Optional.empty(), evaluation, 0, List.of(), Optional.empty());
    }

    /** A form read with its self-evaluation or its monitoring record (a 绩效运行监控表). */
    public static ImportedForm ok(String location, Declaration d, List<Diagnostic> diagnostics,
                                  Optional<Evaluation> evaluation, Optional<Monitoring> monitoring) {
        return new ImportedForm(location, d, diagnostics, Optional.empty(), evaluation, 0, List.of(), monitoring);
    }

    public static ImportedForm ok(String location, Declaration d, List<Diagnostic> diagnostics, int placed,
                                  List<SourceCell> reported) {
        return new ImportedForm(location, d, diagnostics, Optional.empty(), Optional.empty(), placed, reported,
                Optional.empty());
    }

    public static ImportedForm failed(String location, DomainException error) {
        return new ImportedForm(location, null, List.of(), Optional.of(error), Optional.empty(), 0, List.of(),
                Optional.empty());
    }

    /** This form with its declaration and notes replaced; its evaluation, monitoring and cell counts kept. */
    public ImportedForm with(Declaration d, List<Diagnostic> notes) {
        return new ImportedForm(location, d, notes, error, evaluation, placed, reported, monitoring);
    }

    /** Whether the form was read from a table, so that its cells were counted. */
    public boolean counted() {
        return placed > 0 || !reported.isEmpty();
    }

    public boolean isOk() {
        return error.isEmpty();
    }

    /** A short name for messages: the project name, or the location when the form could not be read. */
    public String label() {
        return declaration != null ? declaration.name() : location;
    }

    /** What the reader noticed, as validation findings (rule {@code import}) at the row's location. */
    public List<Finding> findings() {
        return diagnostics.stream().map(d -> new Finding("import",
                NOTES.contains(d.key()) || d.key().startsWith("io.note.") ? Severity.INFO : Severity.WARNING, d.location(), d.key(), d.args())).toList();
    }
}
