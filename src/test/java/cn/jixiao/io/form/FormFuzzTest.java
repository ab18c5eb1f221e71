package cn.jixiao.io.form;

import cn.jixiao.model.DomainException;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz harness: the real sample forms (the six Nantong forms, each alone, and the pasted Jiangning form),
 * mutated the way conversions damage tables — a cell dropped, shifted, blanked, swapped, a row dropped, doubled or
 * merged with the next, a number or a form label where text was — on a fixed seed, a bounded number of times. Each
 * variant is read as import reads it; two things must hold:
 * <ul>
 *   <li>no unexpected exception (what the console would report as exit 3): a form may be refused, with a
 *       message;</li>
 *   <li>no silent loss: when every form of the variant is read, the cells placed plus the cells reported are all
 *       the non-empty cells of the file.</li>
 * </ul>
 */
class FormFuzzTest {
    static final long SEED = 20_261_130L;
    private static final Validator VALIDATOR = new Validator(RuleCatalog.all(), RuleContext.builtIn(), Map.of());
    static final int VARIANTS = 2_000;

    /** Labels and values a conversion may put in a cell where another was. */
    private static final String[] NOISE = {"19", "0", "1.5", "39.5", "-", "支出", "中长期目标", "年度目标", "合计",
            "项目名称", "半年(程)计划执行数", "全年(程)预算数", "资金总额", "小计", "一级指标", "决策", "产出指标(50分)",
            "社会效益指标", "评价结论", "指标1:", "……", "(2022年度)", "2026年度", "南通市本级项目预算绩效目标表", "收入",
            "其他资金", "<br>", "**", "项目资金<br>(万元)"};

    /** A document to mutate: its rows of cells (null for a line outside any table) and how it is written back. */
    private record Doc(String name, boolean tsv, List<String> lines) {
    }

    @Test
    void mutatedRealFormsNeverFailUnexpectedlyAndLoseNoCell() throws IOException {
        List<String> nantong = Files.readAllLines(FormReadersTest.NANTONG);
        List<Doc> docs = new ArrayList<>();
        docs.add(new Doc("nantong.md", false, nantong));
        int[] starts = {1, 51, 100, 151, 200, 248, nantong.size() + 1};
        for (int k = 0; k + 1 < starts.length; k++) {
            docs.add(new Doc("nantong-" + (k + 1) + ".md", false, nantong.subList(starts[k] - 1, starts[k + 1] - 1)));
        }
        docs.add(new Doc("jiangning.txt", true, Files.readAllLines(FormReadersTest.JIANGNING)));

        Random random = new Random(SEED);
        int checked = 0;
        int refused = 0;
        for (int v = 0; v < VARIANTS; v++) {
            Doc base = docs.get(random.nextInt(docs.size()));
            List<String> lines = new ArrayList<>(base.lines());
            int mutations = 1 + random.nextInt(6);
            for (int m = 0; m < mutations; m++) {
                mutate(lines, base.tsv(), random);
            }
            String text = String.join("\n", lines) + "\n";
            List<ImportedForm> forms = new ArrayList<>();
            try {
                if (base.tsv()) {
                    TsvFormReader.read(new StringReader(text), base.name(), forms::add);
                } else {
                    MarkdownFormReader.read(new StringReader(text), base.name(), forms::add);
                }
            } catch (DomainException e) {
                refused++; // no form at all: refused with a message
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("variant " + v + " of " + base.name() + " (seed " + SEED + "):\n" + text, e);
            }
            for (ImportedForm f : forms) {
                if (f.isOk()) {
                    try {
                        VALIDATOR.validate(f.declaration()); // import validates every form it reads
                    } catch (RuntimeException e) {
                        throw new AssertionError("validating variant " + v + " of " + base.name() + ":\n" + text, e);
                    }
                }
            }
            if (forms.stream().allMatch(ImportedForm::isOk)) {
                int counted = forms.stream().mapToInt(f -> f.placed() + f.reported().size()).sum();
                int cells = base.tsv() ? nonEmptyTsvCells(text) : nonEmptyCells(text);
                assertThat(counted).as("variant %d of %s: cells placed + reported\n%s", v, base.name(), text)
                        .isEqualTo(cells);
                checked++;
            } else {
                refused++;
            }
        }
        System.out.printf("form fuzz: %d variants (seed %d), %d with every cell counted, %d refused with a message%n",
                VARIANTS, SEED, checked, refused);
        assertThat(checked).as("variants read whole").isGreaterThan(VARIANTS / 2);
    }

    private static void mutate(List<String> lines, boolean tsv, Random random) {
        if (lines.isEmpty()) {
            return;
        }
        int at = random.nextInt(lines.size());
        List<String> cells = cells(lines.get(at), tsv);
        if (cells == null) {
            if (random.nextInt(4) == 0) {
                lines.remove(at);
            }
            return;
        }
        int op = random.nextInt(10);
        int c = cells.isEmpty() ? 0 : random.nextInt(cells.size());
        switch (op) {
            case 0 -> { // a cell lost, the rest shift left
                if (!cells.isEmpty()) {
                    cells.remove(c);
                }
            }
            case 1 -> cells.add(c, ""); // an empty cell inserted: the rest shift right
            case 2 -> { // two cells swapped
                if (c + 1 < cells.size()) {
                    String x = cells.get(c);
                    cells.set(c, cells.get(c + 1));
                    cells.set(c + 1, x);
                }
            }
            case 3 -> { // a cell blanked
                if (!cells.isEmpty()) {
                    cells.set(c, "");
                }
            }
            case 4 -> { // the row lost
                lines.remove(at);
                return;
            }
            case 5 -> { // the row doubled
                lines.add(at, lines.get(at));
                return;
            }
            case 6 -> { // the next row merged into this one's empty cells
                if (at + 1 < lines.size()) {
                    List<String> next = cells(lines.get(at + 1), tsv);
                    if (next != null) {
                        for (int i = 0; i < next.size(); i++) {
                            if (i < cells.size() && cells.get(i).isBlank()) {
                                cells.set(i, next.get(i));
                            } else if (i >= cells.size()) {
                                cells.add(next.get(i));
                            } else if (!next.get(i).isBlank()) {
                                cells.add(next.get(i));
                            }
                        }
                        lines.remove(at + 1);
                    }
                }
            }
            default -> { // a number or a label where a cell was
                if (!cells.isEmpty()) {
                    cells.set(c, NOISE[random.nextInt(NOISE.length)]);
                }
            }
        }
        lines.set(at, tsv ? String.join("\t", cells) : "| " + String.join(" | ",
                cells.stream().map(x -> x.replace("|", "\\|")).toList()) + " |");
    }

    /** The cells of a table row, or null for a line outside a table (and a Markdown separator). */
    private static List<String> cells(String line, boolean tsv) {
        if (tsv) {
            return line.isBlank() ? null : new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        }
        String t = line.strip();
        if (!t.startsWith("|") || t.length() < 2 || !t.endsWith("|") || MarkdownFormReader.isSeparator(t)) {
            return null;
        }
        return new ArrayList<>(MarkdownFormReader.cells(t));
    }

    /** The non-empty cells of a Markdown document, as its reader sees them (headings and text lines are one cell). */
    static int nonEmptyCells(String text) {
        int n = 0;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.charAt(0) == '|' && MarkdownFormReader.isSeparator(t)) {
                continue;
            }
            if (t.charAt(0) != '|') {
                n += FormTableParser.clean(MarkdownFormReader.heading(t)).isEmpty() ? 0 : 1;
                continue;
            }
            for (String c : MarkdownFormReader.cells(t)) {
                n += FormTableParser.clean(c).isEmpty() ? 0 : 1;
            }
        }
        return n;
    }

    /** The non-empty cells of tab-separated text, as its reader sees them. */
    static int nonEmptyTsvCells(String text) {
        int n = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            for (String c : line.split("\t", -1)) {
                n += FormTableParser.clean(TsvFormReader.unquote(c)).isEmpty() ? 0 : 1;
            }
        }
        return n;
    }

    @Test
    void theHarnessCountsCellsAsTheReaderDoes() throws IOException {
        String md = Files.readString(FormReadersTest.NANTONG);
        assertThat(nonEmptyCells(md)).isEqualTo(128 + 124 + 129 + 126 + 127 + 124);
        String tsv = Files.readString(FormReadersTest.JIANGNING);
        assertThat(FormFiles.readAll(FormReadersTest.JIANGNING, FormFormat.TSV)).singleElement()
                .satisfies(f -> assertThat(f.placed() + f.reported().size()).isEqualTo(nonEmptyTsvCells(tsv)));
    }
}
