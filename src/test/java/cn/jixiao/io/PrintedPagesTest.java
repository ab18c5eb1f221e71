package cn.jixiao.io;

import cn.jixiao.testsupport.ShellTestSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a finance bureau gets on paper, checked without LibreOffice: every xlsx export (目标表, 自评表, 监控表) is A4 in
 * its orientation, one page wide with columns that fit the printable width at 100 %, the indicator table's heading
 * repeated, page numbers in the footer, breaks that cut no merged cell, pages whose rows fit their height, and a last
 * page of at least three rows; the 目标表 keeps the form's own title; the 自评表 has the official header block and
 * two-decimal numbers.
 */
class PrintedPagesTest extends ShellTestSupport {
    static final String SIX = "src/test/resources/samples/nantong-2026-six-forms.md";
    static final String ZULIN = "src/test/resources/samples/nantong-2026-yibao-zulin.md";
    private static final double A4_SHORT = 595.3;
    private static final double A4_LONG = 841.9;

    @TempDir
    Path dir;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void deleteWhatWasMade() throws Exception {
        for (long id : created) {
            run("delete " + id + " --yes");
        }
    }

    private long imported(String file) throws Exception {
        long id = idIn(run("import " + file + " --update").get(0));
        created.add(id);
        run("open " + id);
        return id;
    }

    private static Workbook read(Path file) throws Exception {
        return WorkbookFactory.create(file.toFile());
    }

    @Test
    void theDeclarationKeepsItsOwnTitleAndPrintsOnWholePages() throws Exception {
        long id = imported(SIX);
        assertThat(json("show --json --id " + id).get("header").get("title").asString())
                .isEqualTo("南通市本级项目预算绩效目标表");
        assertThat(run("show --id " + id)).anySatisfy(l -> assertThat(l).startsWith("表名").endsWith("南通市本级项目预算绩效目标表"));
        Path xlsx = dir.resolve("目标表.xlsx");
        Path md = dir.resolve("目标表.md");
        run("export --id " + id + " --out " + xlsx);
        run("export --id " + id + " --out " + md);
        assertThat(Files.readString(md)).startsWith("## 南通市本级项目预算绩效目标表\n\n2026年度\n");
        try (Workbook wb = read(xlsx)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("南通市本级项目预算绩效目标表");
            assertPrintable(s, false);
            assertThat(s.getRowBreaks()).as("the form takes two pages").hasSize(1);
        }
        // read back, the title stays; a new declaration prints the layout's; header set changes it
        for (Path file : List.of(xlsx, md)) {
            run("import " + file + " --update");
            assertThat(json("show --json --id " + id).get("header").get("title").asString()).as(file.toString())
                    .isEqualTo("南通市本级项目预算绩效目标表");
        }
        long fresh = create("打印标题测试", 2026, "南通市医疗保障局");
        created.add(fresh);
        Path plain = dir.resolve("新表.xlsx");
        run("export --id " + fresh + " --out " + plain);
        try (Workbook wb = read(plain)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目预算绩效目标表");
        }
        assertThat(one("header set title 江宁区项目预算绩效目标申报表 --id " + fresh)).contains("表名", "江宁区项目预算绩效目标申报表");
        run("export --id " + fresh + " --out " + plain + " --force");
        try (Workbook wb = read(plain)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("江宁区项目预算绩效目标申报表");
        }
    }

    @Test
    void aLongTableBreaksBetweenGroupsRepeatsNamesAndNeverLeavesTwoRowsAlone() throws Exception {
        long id = create("分页测试项目", 2026, "南通市医疗保障局");
        created.add(id);
        run("open " + id);
        Path xlsx = dir.resolve("分页.xlsx");
        int pagesSeen = 1;
        for (int k = 1; k <= 48; k++) {
            String l2 = k <= 30 ? "数量指标" : "质量指标";
            run("add 产出指标/" + l2 + " 第" + k + "项服务的完成数量（按季度统计并逐月通报） --half ≥" + k + "次 --full ≥" + (2 * k) + "次");
            if (k % 2 == 0 || k > 40) {
                run("export --out " + xlsx + " --force");
                try (Workbook wb = read(xlsx)) {
                    Sheet s = wb.getSheetAt(0);
                    assertPrintable(s, false);
                    pagesSeen = Math.max(pagesSeen, s.getRowBreaks().length + 1);
                }
            }
        }
        assertThat(pagesSeen).as("the table grew over three pages").isGreaterThanOrEqualTo(3);
        try (Workbook wb = read(xlsx)) {
            Sheet s = wb.getSheetAt(0);
            // 数量指标 (30 rows) is longer than a page: it is split at the break and named again below it
            int named = 0;
            for (Row r : s) {
                if (r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING
                        && r.getCell(1).getStringCellValue().equals("数量指标")) {
                    named++;
                }
            }
            assertThat(named).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theSelfEvaluationHasTheOfficialHeaderBlockAndTwoDecimals() throws Exception {
        long id = imported(ZULIN);
        run("eval start --executed 28.5");
        run("eval set 租赁车辆车次 --actual 33辆 --reason 两辆车年中检修停运");
        run("eval set 公众满意度 --actual 96% --achieved full");
        Path xlsx = dir.resolve("自评表.xlsx");
        Path md = dir.resolve("自评表.md");
        run("eval export --out " + xlsx);
        run("eval export --out " + md);
        try (Workbook wb = read(xlsx)) {
            Sheet s = wb.getSheetAt(0);
            assertPrintable(s, true);
            List<String> rows = texts(s);
            assertThat(rows.get(0)).isEqualTo("项目支出绩效自评表");
            assertThat(rows.get(1)).isEqualTo("（2026年度）");
            assertThat(rows).contains("项目名称|医保租赁业务专项", "主管部门|南通市医疗保障局|实施单位|南通市医疗保险基金管理中心",
                    "项目资金\n（万元）|年初预算数|全年预算数|全年执行数|分值|执行率|得分",
                    "年度资金总额|30.00|30.00|28.50|10.00|95.00%|9.50", "年度总体目标|预期目标|实际完成情况",
                    "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
                    "产出指标|数量指标|租赁车辆车次|≥35辆|33辆|16.67|15.72|两辆车年中检修停运");
            assertThat(rows.get(rows.size() - 1)).startsWith("总分|100.00|").endsWith("|等级：差");
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.NUMERIC) {
                        assertThat(c.getCellStyle().getDataFormatString()).as(c.getAddress().toString()).isEqualTo("0.00");
                    }
                }
            }
        }
        String text = Files.readString(md);
        assertThat(text).startsWith("# 项目支出绩效自评表\n\n（2026年度）\n\n").contains(
                "| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
                "|  | 年度资金总额 | 30.00 | 30.00 | 28.50 | 10.00 | 95.00% | 9.50 |",
                "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
                "| 产出指标 | 数量指标 | 租赁车辆车次 | ≥35辆 | 33辆 | 16.67 | 15.72 | 两辆车年中检修停运 |",
                "全年执行数 28.50 万元，预算执行率 95.00%");
        assertThat(text).containsPattern("\\| 总分 \\|  \\|  \\|  \\|  \\| 100\\.00 \\| \\d+\\.\\d\\d \\| 等级：.");
    }

    @Test
    void theMonitoringTablePrintsLikeTheOthers() throws Exception {
        imported(ZULIN);
        run("monitor start");
        run("monitor executed total 6.0");
        Path xlsx = dir.resolve("监控表.xlsx");
        run("monitor export --out " + xlsx);
        try (Workbook wb = read(xlsx)) {
            Sheet s = wb.getSheetAt(0);
            assertPrintable(s, true);
            assertThat(texts(s)).anySatisfy(r -> assertThat(r).startsWith("合计|30.00|9.70|6.00|20.00%"));
        }
    }

    /** Each row's non-empty cells joined by |. */
    private static List<String> texts(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r) {
                String t = c.getCellType() == CellType.NUMERIC ? String.format("%.2f", c.getNumericCellValue())
                        : c.toString();
                if (!t.isEmpty()) {
                    cells.add(t);
                }
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    /** The page checks a printed form must pass, computed here from the sheet alone. */
    static void assertPrintable(Sheet s, boolean landscape) {
        PrintSetup ps = s.getPrintSetup();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).isEqualTo(landscape);
        assertThat(s.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isEqualTo((short) 0);
        assertThat(s.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
        CellRangeAddress repeat = s.getRepeatingRows();
        assertThat(repeat).as("repeated heading rows").isNotNull();
        assertThat(s.getRow(repeat.getFirstRow()).getCell(0).getStringCellValue()).isEqualTo("一级指标");

        double width = (landscape ? A4_LONG : A4_SHORT) - 72 * (s.getMargin(Sheet.LeftMargin) + s.getMargin(Sheet.RightMargin));
        int columns = 0;
        for (Row r : s) {
            columns = Math.max(columns, r.getLastCellNum());
        }
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            sum += s.getColumnWidthInPixels(c) * 0.75;
        }
        assertThat(sum).as("column widths (pt) within the printable width").isLessThanOrEqualTo(width);

        int[] breaks = s.getRowBreaks(); // each: the last row of a page
        for (CellRangeAddress m : s.getMergedRegions()) {
            for (int b : breaks) {
                assertThat(m.getFirstRow() <= b && b < m.getLastRow())
                        .as("merged %s crosses the break after row %d", m.formatAsString(), b + 1).isFalse();
            }
        }
        double height = (landscape ? A4_SHORT : A4_LONG) - 72 * (s.getMargin(Sheet.TopMargin) + s.getMargin(Sheet.BottomMargin));
        double repeated = 0;
        for (int r = repeat.getFirstRow(); r <= repeat.getLastRow(); r++) {
            repeated += s.getRow(r).getHeightInPoints();
        }
        int last = s.getLastRowNum();
        int[] starts = new int[breaks.length + 1];
        for (int k = 0; k < breaks.length; k++) {
            starts[k + 1] = breaks[k] + 1;
        }
        Arrays.sort(starts);
        for (int k = 0; k < starts.length; k++) {
            int end = k + 1 < starts.length ? starts[k + 1] : last + 1;
            double used = starts[k] > repeat.getLastRow() ? repeated : 0;
            for (int r = starts[k]; r < end; r++) {
                used += s.getRow(r).getHeightInPoints();
            }
            assertThat(used).as("page %d's rows fit its height", k + 1).isLessThanOrEqualTo(height);
            assertThat(end - starts[k]).as("rows on page %d", k + 1).isGreaterThanOrEqualTo(3);
        }
    }
}
