package cn.jixiao.io;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.io.form.Diagnostic;
import cn.jixiao.io.form.ImportedForm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** What every imported form goes through before it is stored: control characters out (with a note), limits in. */
class ImportChecksTest {
    /** A real form (南通 医保租赁业务专项) as read. */
    private static final Declaration FORM = cn.jixiao.io.form.FormFiles.readAll(
            java.nio.file.Path.of("src/test/resources/samples/nantong-2026-yibao-zulin.md"),
            cn.jixiao.io.form.FormFormat.MD).get(0).declaration();

    /** {@link #FORM} with its first indicator under 产出指标/数量指标 (3.1.1) changed. */
    private static Declaration withOutput(UnaryOperator<Indicator> change) {
        return FORM.withTree(FORM.tree().update("3.1.1", change));
    }

    private static List<String> notes(ImportedForm f) {
        return f.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aFormWithoutControlCharactersPassesAsItIs() {
        ImportedForm form = ImportedForm.ok("a.md:1", FORM, List.of());
        assertThat(ImportChecks.check(form)).isSameAs(form);
    }

    @Test
    void controlCharactersInAValueAreRemovedWithANoteNamingItsPlace() {
        Declaration d = withOutput(i -> Indicator.of(i.name(), "≥100\u001b[31m人次", i.full().text()));
        ImportedForm checked = ImportChecks.check(ImportedForm.ok("a.md:1", d, List.of()));
        Indicator first = checked.declaration().tree().level1s().get(2).children().get(0).indicators().get(0);
        assertThat(first.half().text()).isEqualTo("≥100[31m人次");
        assertThat(notes(checked)).singleElement().asString().contains("io.control-removed", "3.1.1 半年", "U+001B");
    }

    @Test
    void controlCharactersInAnExpenseNameAreRemovedToo() {
        Declaration d = FORM.withFunding(FORM.funding().addExpense(
                new Expense("差旅\u0007费", java.util.Optional.empty(), java.util.Optional.empty())));
        ImportedForm checked = ImportChecks.check(ImportedForm.ok("a.md:1", d, List.of()));
        assertThat(checked.declaration().funding().expenses()).extracting(Expense::name).contains("差旅费");
        assertThat(notes(checked)).singleElement().asString()
                .contains("支出 #" + d.funding().expenses().size());
    }
}
