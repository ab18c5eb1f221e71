package cn.jixiao.shell;

import cn.jixiao.declaration.RevisionSummary;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, the console itself: at 80 columns every table a user prints fits (CJK characters count two), cells wrap
 * inside their column without losing a character, {@code --wide} gives the full lines; long lines are broken before
 * the right margin; revision summaries speak the reader's language.
 */
class TableWidthTest extends ShellTestSupport {
    private static final int COLUMNS = 80;
    private static final String LONG = "全市定点医药机构现场检查覆盖率及问题整改到位情况跟踪";

    @BeforeEach
    void narrowTerminal() {
        OutputWidth.setColumns(COLUMNS);
    }

    @AfterEach
    void noLimit() {
        OutputWidth.setColumns(OutputWidth.UNLIMITED);
    }

    private static void fits(List<String> lines) {
        assertThat(lines).allSatisfy(l -> assertThat(Text.width(l)).as("%s", l).isLessThanOrEqualTo(COLUMNS));
    }

    @Test
    void everyTableFitsEightyColumnsAndKeepsItsText() throws Exception {
        create("医保租赁业务专项暨全市定点医药机构基金使用情况专项检查和飞行检查配套经费", 2026, "南通市医疗保障局医保基金监督检查科");
        one("add 产出指标/数量指标 " + LONG + " --half ≥210000万条 --full ≥1250000万条");
        run("add 产出指标/质量指标 经费支出合规性 --half 严格执行相关财经法律法规和单位内部控制制度 --full 严格执行相关财经法律法规和单位内部控制制度");
        run("funding set 资金总额 30");
        run("expense add 医保租赁业务专项暨全市定点医药机构基金使用情况专项检查 --half 9.7 --full 30");
        run("eval start --executed 28.5");
        run("monitor start");
        for (String command : List.of("tree", "show", "list", "eval show", "monitor show", "history",
                "template show leasing", "template list", "rules", "help", "help add")) {
            fits(run(command));
        }
        List<String> tree = run("tree");
        // the long name wraps under itself (after "3.1.1 "), the values stay whole on the first line
        int row = indexOf(tree, "3.1.1 ");
        assertThat(tree.get(row)).contains("≥210000万条").contains("≥1250000万条");
        String continued = tree.get(row + 1);
        assertThat(continued.indexOf(continued.strip())).isEqualTo(tree.get(row).indexOf("3.1.1 ") + "3.1.1 ".length());
        assertThat(String.join("", tree.subList(row, row + 2)).replaceAll("[\\s≥0-9万条.]", "")).contains(LONG);
        // --wide: the whole row on one line, as a script with no terminal gets it
        assertThat(run("tree --wide")).anySatisfy(l -> assertThat(l).contains("3.1.1 " + LONG));
        OutputWidth.setColumns(OutputWidth.UNLIMITED);
        assertThat(run("tree")).isEqualTo(run("tree --wide"));
    }

    /** An empty optional column is left out only when the table does not fit; a filled one never is. */
    @Test
    void emptyOptionalColumnsGoFirstWhenTheTableIsTooWide() {
        Text.Table t = new Text.Table(4).optional(2, 3);
        t.row("位置", "指标", "全年预计", "纠偏措施");
        t.row("3.1.1", "产出指标/数量指标/" + LONG, "—", "");
        t.row("3.1.2", "产出指标/数量指标/租赁车辆车次", "—", "7月起增租一辆");
        List<String> narrow = t.lines(60);
        fits(narrow);
        assertThat(narrow.get(0)).doesNotContain("全年预计").contains("纠偏措施");
        assertThat(String.join("", narrow)).contains("7月起增租一辆");
        assertThat(t.lines(OutputWidth.UNLIMITED).get(0)).contains("全年预计");
    }

    @Test
    void columnsGiveUpWidthWhereThatCostsTheFewestLines() {
        Text.Table t = new Text.Table(3);
        t.row("指标", "半年(程)指标值", "全年(程)指标值");
        t.row("    3.1.1 " + LONG, "≥210000万条", "≥1250000万条");
        t.row("    3.1.2 租赁车辆车次", "≥18辆", "≥35辆");
        List<String> lines = t.lines(60);
        fits(lines);
        // the name column gives up width (the values would cost a line on every row), and wraps under the name
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("    3.1.1 全市").contains("≥210000万条  ").endsWith("≥1250000万条");
        assertThat(lines.get(2)).startsWith("          ").doesNotStartWith("           ").doesNotContain("≥");
        assertThat(lines.get(4)).contains("3.1.2 租赁车辆车次").contains("≥18辆").contains("≥35辆");
        assertThat(t.lines(OutputWidth.UNLIMITED)).hasSize(3);
    }

    @Test
    void longLinesBreakBeforeTheRightMarginNotAtIt() throws Exception {
        StringWriter screen = new StringWriter();
        String text = "保障医保工作的正常运转".repeat(24); // 240 Chinese characters, 480 columns
        try (MarginWriter w = new MarginWriter(screen, () -> COLUMNS)) {
            w.write("\u001B[36mjixiao>\u001B[0m " + text + "\n");
        }
        List<String> lines = screen.toString().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines).allSatisfy(l -> assertThat(Text.width(l.replaceAll("\u001B\\[[0-9;]*m", "")))
                .isLessThanOrEqualTo(COLUMNS - 1));
        // nothing repeated or lost at a break
        assertThat(String.join("", lines).replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo("jixiao> " + text);
    }

    @Test
    void revisionSummariesSpeakTheReadersLanguage() throws Exception {
        create("摘要语言", 2026, "南通市医疗保障局");
        one("add 过程/资金管理 预算执行率 --half =50% --full =100%");
        run("undo");
        List<String> history = run("history");
        assertThat(history.get(history.size() - 1)).contains("撤销 添加 过程/资金管理/预算执行率");
        RevisionSummary english = new RevisionSummary(new Messages(Locale.ENGLISH));
        assertThat(english.render("撤销 添加 过程/资金管理/预算执行率")).isEqualTo("Undo: Added 过程/资金管理/预算执行率");
        assertThat(english.render("恢复到第 3 版")).isEqualTo("Reverted to revision 3");
        assertThat(english.render("新建")).isEqualTo("Created");
        assertThat(english.render("导入 南通2026.md")).isEqualTo("Imported 南通2026.md");
        assertThat(english.render("something else")).isEqualTo("something else");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + lines);
    }
}
