package cn.jixiao.io.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never silent, for the forms of other regions: every non-empty cell of the source is either placed in the
 * declaration, evaluation or monitoring record, or reported with its location by a diagnostic. The cells are
 * counted here independently of the reader, by splitting the file's lines on tabs.
 */
class RegionCellsTest {
    static final Path DIR = Path.of("src/test/resources/samples/other-regions");

    /** The non-empty cells of a tab-separated text file. */
    static int cells(Path file) throws Exception {
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            for (String cell : line.split("\t", -1)) {
                if (!FormTableParser.clean(cell).isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }

    @ParameterizedTest
    @ValueSource(strings = {"chizhou-guichi-2022-weituo-selfeval.txt", "huangshi-2019-shenyi-monitoring.txt",
            "jingyan-mata-2023-project-targets.txt", "ningde-2019-dangshi-department-target.txt",
            "qingshen-2023-gongzi-selfeval.txt"})
    void everyCellIsPlacedOrReported(String name) throws Exception {
        Path file = DIR.resolve(name);
        List<ImportedForm> forms = RegionFormsTest.read(file);
        int placed = forms.stream().mapToInt(ImportedForm::placed).sum();
        int reported = forms.stream().mapToInt(f -> f.reported().size()).sum();
        StringBuilder shown = new StringBuilder();
        for (ImportedForm f : forms) {
            shown.append(f.label()).append(": ").append(f.placed()).append(" placed\n");
            f.reported().forEach(c -> shown.append("  ").append(c).append('\n'));
            f.diagnostics().forEach(d -> shown.append("  # ").append(d).append('\n'));
        }
        assertThat(placed + reported).as(shown.toString()).isEqualTo(cells(file));
        for (ImportedForm f : forms) {
            Set<String> named = new HashSet<>();
            f.diagnostics().forEach(d -> named.add(d.location()));
            boolean columns = f.diagnostics().stream().anyMatch(d -> d.key().equals("io.note.unstored-column"));
            assertThat(f.reported()).as(shown.toString())
                    .allSatisfy(c -> assertThat(columns || named.contains(c.location())).isTrue());
        }
    }

    @TempDir
    Path tmp;

    @Test
    void aCellNoReadingTakesIsReportedWithItsLine() throws Exception {
        Path from = DIR.resolve("chizhou-guichi-2022-weituo-selfeval.txt");
        String text = Files.readString(from);
        assertThat(text).contains("项目名称\t委托业务项目");
        Path p = tmp.resolve("extra.txt");
        Files.writeString(p, text.replace("项目名称\t委托业务项目", "项目名称\t委托业务项目\t\t旁注一句"));
        ImportedForm f = RegionFormsTest.one(p);
        assertThat(f.placed() + f.reported().size()).isEqualTo(cells(p));
        assertThat(f.reported()).contains(new SourceCell(p + ":4", "旁注一句"));
        assertThat(f.diagnostics()).contains(Diagnostic.of(p + ":4", "io.ignored", "旁注一句"));
        assertThat(f.placed()).isEqualTo(96); // the other cells as in the sample
    }

    @Test
    void aPieceAfterTheLastFormThatNeverBecomesAFormIsReportedOnIt() throws Exception {
        Path from = DIR.resolve("chizhou-guichi-2022-weituo-selfeval.txt");
        Path p = tmp.resolve("tail.txt");
        String text = Files.readString(from);
        Files.writeString(p, text + (text.endsWith("\n") ? "" : "\n") + "2023年度项目支出绩效自评表\n");
        int line = Files.readAllLines(p).size();
        ImportedForm f = RegionFormsTest.one(p);
        assertThat(f.placed() + f.reported().size()).isEqualTo(cells(p));
        assertThat(f.reported()).contains(new SourceCell(p + ":" + line, "2023年度项目支出绩效自评表"));
        assertThat(f.diagnostics()).contains(Diagnostic.of(p + ":" + line, "io.ignored", "2023年度项目支出绩效自评表"));
    }
}
