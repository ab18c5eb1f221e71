package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.jixiao.io.form.FormReadersTest.NANTONG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Variants of the real Nantong forms as other conversions leave them, each made by changing real rows of the samples
 * (line numbers are those of nantong-2026-six-forms.md): the 支出 patterns that lost data silently, years in titles
 * and brackets, 一级/二级 name variants, rows that are never indicators, a fragment before the first form. Every
 * variant also keeps the cell count: each non-empty cell placed or reported.
 */
class FormVariantsTest {
    private static final Validator VALIDATOR = new Validator(RuleCatalog.all(), RuleContext.builtIn(), Map.of());
    private static final List<String> LINES = lines();

    private static List<String> lines() {
        try {
            return Files.readAllLines(NANTONG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample lines {@code from}..{@code to} (one-based, inclusive), for editing. */
    static List<String> form(int from, int to) {
        return new ArrayList<>(LINES.subList(from - 1, to));
    }

    /** Replaces sample line {@code line} (one-based, of the whole file) in {@code form} that starts at {@code from}. */
    static void set(List<String> form, int from, int line, String text) {
        form.set(line - from, text);
    }

    static List<ImportedForm> read(List<String> lines) {
        String text = String.join("\n", lines) + "\n";
        List<ImportedForm> out = new ArrayList<>();
        MarkdownFormReader.read(new StringReader(text), "v.md", out::add);
        assertThat(out.stream().filter(ImportedForm::isOk).mapToInt(f -> f.placed() + f.reported().size()).sum())
                .as("every non-empty cell placed or reported").isEqualTo(FormFuzzTest.nonEmptyCells(text));
        return out;
    }

    static ImportedForm one(List<String> lines) {
        List<ImportedForm> forms = read(lines);
        assertThat(forms).singleElement().satisfies(f -> assertThat(f.isOk()).as("%s", f.error()).isTrue());
        return forms.get(0);
    }

    static List<String> expenses(Declaration d) {
        return d.funding().expenses().stream().map(FormVariantsTest::expense).toList();
    }

    static String expense(Expense e) {
        return e.name() + "|" + e.half().map(BigDecimal::toPlainString).orElse("") + "|"
                + e.full().map(BigDecimal::toPlainString).orElse("");
    }

    static boolean rateFlagged(Declaration d) {
        return VALIDATOR.validate(d).stream().map(Finding::rule).anyMatch("execution-rate-vs-plan"::equals);
    }

    static List<String> keys(ImportedForm f) {
        return f.diagnostics().stream().map(Diagnostic::key).toList();
    }

    // ---- what the parser remembers of a label --------------------------------------------------------------

    @Test
    void twoCellsOfARowThatShareAMemoSlotKeepTheirOwnAnswers() {
        // the parser keeps what it found out about a label in a slot chosen by the cell's hash (2,048 slots); an
        // amount whose hash shares 资金总额's slot takes the slot over within the row, and must still be its amount
        String amount = null;
        for (int cents = 100; amount == null; cents++) {
            String a = new BigDecimal(cents).movePointLeft(2).toPlainString();
            if ((a.hashCode() & 2047) == ("资金总额".hashCode() & 2047)) {
                amount = a;
            }
        }
        List<String> f = form(51, 98);
        set(f, 51, 65, "|              |                                  | 资金总额                             |              | "
                + amount + "           |");
        Declaration d = one(f).declaration();
        assertThat(d.funding().total()).contains(new BigDecimal(amount));
    }

    // ---- the 支出 patterns -------------------------------------------------------------------------------

    @Test
    void expenseLabelLostColumnHeadersAloneThenTheLine() {
        // form 2 (lines 51-98, 支出 on line 74): | 支出 | | | 半年(程)计划执行数 | 全年(程)预算数 | loses its 支出 label, the header
        // cells start the row; the line | | 医保租赁业务专项 | | 9.7 | 30 | keeps its name, with 1.5 planned
        List<String> f = form(51, 98);
        set(f, 51, 74, "| 半年(程)计划执行数 | 全年(程)预算数 |  |  |  |");
        set(f, 51, 75, "| 医保租赁业务专项 | 1.5 |  | 30 |  |");
        ImportedForm read = one(f);
        assertThat(expenses(read.declaration())).containsExactly("医保租赁业务专项|1.5|30");
        assertThat(read.reported()).isEmpty();
        // 预算执行率 =32% against a plan of 1.5 of 30 (5%): what a reviewer sends back
        assertThat(rateFlagged(read.declaration())).isTrue();
        // the real amounts (9.7 of 30 = 32.3%) agree with the declared rate
        set(f, 51, 75, "| 医保租赁业务专项 | 9.7 |  | 30 |  |");
        assertThat(rateFlagged(one(f).declaration())).isFalse();
    }

    @Test
    void expenseLineWithAmountsButNoNameIsKeptAndReported() {
        List<String> f = form(51, 98);
        set(f, 51, 75, "|              |                                  |                                  | 1.5          | 30           |");
        ImportedForm read = one(f);
        assertThat(expenses(read.declaration())).containsExactly("支出1|1.5|30");
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("io.expense-unnamed");
            assertThat(d.location()).isEqualTo("v.md:25");
        });
        assertThat(read.findings()).extracting(Finding::severity).containsOnly(cn.jixiao.validation.model.Severity.WARNING);
        assertThat(rateFlagged(read.declaration())).isTrue();
        // the header row and the nameless line both with the 支出 label lost
        set(f, 51, 74, "| 半年(程)计划执行数 | 全年(程)预算数 |  |  |  |");
        set(f, 51, 75, "|  | 1.5 |  | 30 |  |");
        assertThat(expenses(one(f).declaration())).containsExactly("支出1|1.5|30");
    }

    @Test
    void expenseAmountsBesideTheMidTermGoalLabelGoToThePendingLine() {
        // form 6 (lines 248-295): | | | 医保印刷费 | 半年(程)计划执行数 | 全年(程)预算数 | | names the line; its amounts
        // (line 272) end up on the 中长期目标 row, whose text moves to a row of its own
        List<String> f = form(248, 295);
        String text = "经办窗口办理业务提供的各类表格、文件汇编等，以及对不擅长使用电子病历查询病史的，仍需要借助纸质病历的参保职工免费提供病历本。";
        set(f, 248, 272, "| 中长期目标        |  |  | 0.5        | 3        |  |");
        set(f, 248, 273, "|              |  | " + text + " |            |          |  |");
        ImportedForm read = one(f);
        Declaration d = read.declaration();
        assertThat(expenses(d)).containsExactly("医保印刷费|0.5|3");
        assertThat(d.narrative().midTermGoal()).isEqualTo(text);
        assertThat(keys(read)).containsExactly("io.amount-beside-label");
        assertThat(read.reported()).isEmpty();
        // 预算执行率 =60% against a plan of 0.5 of 3 (16.7%)
        assertThat(rateFlagged(d)).isTrue();

        // the text in the label's row, the amounts after it
        f = form(248, 295);
        set(f, 248, 272, "|              |  |  |             |          |  |");
        set(f, 248, 273, "| 中长期目标        |  | " + text + " | 0.5        | 3        |  |");
        d = one(f).declaration();
        assertThat(expenses(d)).containsExactly("医保印刷费|0.5|3");
        assertThat(d.narrative().midTermGoal()).isEqualTo(text);
    }

    @Test
    void aNarrativeLabelNeverTakesABareNumber() {
        // form 2: | 中长期目标 | 19 | | | with no 支出 line waiting: the number is reported, the goal stays empty
        List<String> f = form(51, 98);
        set(f, 51, 76, "| 中长期目标        | 19 |  |  |  |");
        ImportedForm read = one(f);
        assertThat(read.declaration().narrative().midTermGoal()).isEmpty();
        assertThat(read.reported()).extracting(SourceCell::text).containsExactly("19");
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("io.number-beside-label");
            assertThat(d.args()).containsExactly("中长期目标", "19");
        });
    }

    // ---- years, names of 一级 and 二级, rows that are never indicators -----------------------------------------

    @Test
    void yearFromABracketOrTheTitle() {
        List<String> f = form(1, 50);
        set(f, 1, 3, "(2022年度)");
        assertThat(one(f).declaration().header().year()).isEqualTo(2022);
        set(f, 1, 3, "（2021年度）");
        assertThat(one(f).declaration().header().year()).isEqualTo(2021);
        set(f, 1, 1, "## 鄂州市2022年市直项目预算绩效目标表");
        set(f, 1, 3, "");
        assertThat(one(f).declaration().header().year()).isEqualTo(2022);
        set(f, 1, 1, "部门预算项目支出绩效自评表(2023年度)");
        ImportedForm read = one(f);
        assertThat(read.declaration().header().year()).isEqualTo(2023);
        assertThat(keys(read)).doesNotContain("io.no-year", "io.ignored");
    }

    @Test
    void level1WithScoreSuffixAndLevel2EndingInZhibiao() {
        List<String> f = form(1, 50);
        set(f, 1, 41, LINES.get(40).replace("| 产出指标         |", "| 产出指标(50分) |"));
        set(f, 1, 45, LINES.get(44).replace("经济效益", "经济效益指标"));
        set(f, 1, 46, LINES.get(45).replace("社会效益", "社会效益指标"));
        set(f, 1, 49, LINES.get(48).replace("服务对象满意度", "服务对象满意度指标"));
        ImportedForm read = one(f);
        assertThat(FormReadersTest.level2s(read.declaration())).contains("产出指标/数量指标", "效益指标/经济效益",
                "效益指标/社会效益", "满意度指标/服务对象满意度").doesNotContain("产出指标(50分)/数量指标");
        assertThat(read.declaration().tree().indicatorCount()).isEqualTo(17);
    }

    @Test
    void emptyLevel1CellsAtTheTopOfTheTableTakeTheLevel1OfTheirLevel2() {
        // the merged 决策 cell printed in its middle row (vertical centring): the first rows have an empty 一级
        List<String> f = form(1, 50);
        set(f, 1, 30, LINES.get(29).replace("| 决策           |", "|              |"));
        set(f, 1, 32, LINES.get(31).replace("|              | 绩效目标", "| 决策           | 绩效目标"));
        ImportedForm read = one(f);
        assertThat(FormReadersTest.rows(read.declaration())).startsWith("决策/项目立项/立项程序规范性|规范|规范",
                "决策/项目立项/立项依据充分性|充分|充分", "决策/绩效目标/绩效目标合理性|合理|合理");
        assertThat(read.declaration().tree().level1s()).hasSize(5);
        assertThat(keys(read)).containsExactly("io.level1-inferred");
    }

    @Test
    void rowsThatAreNeverIndicatorsAreReportedNotRead() {
        List<String> f = form(1, 49);
        f.add("| 合计 |  |  |  | 100 |  |  |  |  |");
        f.add("| 评价结论 | 优 |  |  |  |  |  |  |  |");
        f.add("| 指标1: |  |  |  |  |  |  |  |  |");
        f.add("| …… |  |  |  |  |  |  |  |  |");
        f.add("| 项目负责人：周斌 |  |  | 财务负责人：王某 |  |  |  |  |  |");
        ImportedForm read = one(f);
        assertThat(read.declaration().tree().indicatorCount()).isEqualTo(17);
        assertThat(keys(read)).containsExactly("io.not-indicator", "io.not-indicator", "io.not-indicator",
                "io.not-indicator", "io.not-indicator");
        assertThat(read.reported()).extracting(SourceCell::text).containsExactly("合计", "100", "评价结论", "优", "指标1:",
                "……", "项目负责人：周斌", "财务负责人：王某");
    }

    // ---- several forms, a fragment first ----------------------------------------------------------------

    @Test
    void aFragmentBeforeTheFirstWholeFormIsReportedAndSkipped() {
        // the tail of form 1's indicator table (lines 41-49, as a page break leaves it), then forms 2 and 3
        List<String> f = form(41, 49);
        f.add("");
        f.addAll(form(50, 149));
        List<ImportedForm> forms = read(f);
        assertThat(forms).allMatch(ImportedForm::isOk);
        assertThat(forms).extracting(x -> x.declaration().name()).containsExactly("医保租赁业务专项", "医疗保障能力提升经费");
        ImportedForm first = forms.get(0);
        assertThat(first.diagnostics()).first().satisfies(d -> {
            assertThat(d.key()).isEqualTo("io.fragment-skipped");
            assertThat(d.location()).isEqualTo("v.md:1");
        });
        assertThat(first.reported()).extracting(SourceCell::text).startsWith("产出指标", "数量指标", "基金监管培训参训率");
        assertThat(first.declaration().tree().indicatorCount()).isEqualTo(16);
    }

    @Test
    void theSamplesPlaceEveryCell() {
        List<ImportedForm> forms = read(LINES);
        assertThat(forms).hasSize(6).allSatisfy(f -> assertThat(f.reported()).isEmpty());
        assertThat(forms).extracting(ImportedForm::placed).containsExactly(128, 124, 129, 126, 127, 124);
    }
}
