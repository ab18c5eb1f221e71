package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.model.DomainException;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One form found in a file: the declaration read from it (unsaved: id 0) and what the reader noticed, or the
 * error that made it unreadable. {@code location} is where the form starts. A self-evaluation table also gives the
 * declaration's {@code evaluation} (declaration id 0 until stored). Diagnostics whose key starts with
 * {@code io.note.} say how a cell was read or where it went, not that something is wrong.
 */
public record ImportedForm(String location, Declaration declaration, List<Diagnostic> diagnostics,
                           Optional<DomainException> error, Optional<Evaluation> evaluation) {
    /** Reader notes that say how a cell was read rather than that something is wrong. */
    private static final Set<String> NOTES = Set.of("io.amount-next-row", "io.placed-below");

    public ImportedForm {
        diagnostics = List.copyOf(diagnostics);
    }

    public static ImportedForm ok(String location, Declaration d, List<Diagnostic> diagnostics) {
        return new ImportedForm(location, d, diagnostics, Optional.empty(), Optional.empty());
    }

    /** A form read with its self-evaluation (a 自评表: actual values, weights, the form's own scores). */
    public static ImportedForm ok(String location, Declaration d, List<Diagnostic> diagnostics,
                                  Optional<Evaluation> evaluation) {
        return new ImportedForm(location, d, diagnostics, Optional.empty(), evaluation);
    }

    public static ImportedForm failed(String location, DomainException error) {
        return new ImportedForm(location, null, List.of(), Optional.of(error), Optional.empty());
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
