package cn.jixiao.evaluation;

import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.model.DomainException;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.shell.ExitCodes;
import cn.jixiao.testsupport.ShellTestSupport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Self-evaluation through the shell: the Nanjing 2023 department-wide report typed in (its 履职, 效益 and 满意度
 * rows from src/test/resources/evaluation/nanjing-2023-rows.tsv; the 决策, 过程 and 可持续发展 rows the report gives
 * full marks are marked achieved), the JSON shape, the exports.
 */
class EvalCommandsTest extends ShellTestSupport {
    /** One row of the report: path, target, weight, criteria, actual, qualitative judgement, reported score, reason. */
    record ReportRow(String path, String target, BigDecimal weight, String criteria, String actual, String achieved,
                     BigDecimal reported, String reason) {
        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    static List<ReportRow> nanjingRows() throws IOException {
        List<ReportRow> out = new ArrayList<>();
        try (InputStream in = EvalCommandsTest.class.getResourceAsStream("/evaluation/nanjing-2023-rows.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                out.add(new ReportRow(c[0], c[1], new BigDecimal(c[2]), c[3], c[4], c[5], new BigDecimal(c[6]), c[7]));
            }
        }
        return out;
    }

    @org.springframework.beans.factory.annotation.Autowired
    EvaluationService evaluations;

    private static String q(String s) {
        return "'" + s + "'";
    }

    private long nanjing(String name) throws Exception {
        List<String> out = run("new --name " + name + " --year 2023 --department 南京市医疗保障局"
                + " --framework department-self-evaluation --template department-self-evaluation");
        long id = idIn(out.get(0));
        assertThat(repository.load(id).tree().indicatorCount()).isEqualTo(41);
        assertThat(joined("eval start --id " + id)).contains("已开始", "取自申报表的框架模板");
        return id;
    }

    /** The rows the report scores in full outside 履职, 效益 and 满意度: all marked achieved. */
    private void markOthersAchieved(long id, Set<String> typed) throws Exception {
        IndicatorTree tree = repository.load(id).tree();
        for (IndicatorTree.Node n : tree.nodes()) {
            if (n.depth() == 3 && !typed.contains(n.path())) {
                run("eval set " + q(n.path()) + " --achieved full --id " + id);
            }
        }
    }

    private Map<String, JsonNode> rowsByPath(JsonNode shown) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        shown.get("rows").forEach(r -> out.put(r.get("path").asString(), r));
        return out;
    }

    @Test
    void theNanjingReportReproducesItsScoresFlagsTheOneThatDepartsAndGradesExcellent() throws Exception {
        long id = nanjing("南京医保局2023部门整体自评");
        List<ReportRow> rows = nanjingRows();
        assertThat(rows).hasSize(10);
        for (ReportRow r : rows) {
            run("set " + q(r.path()) + " --full " + q(r.target()) + " --id " + id);
            run("eval set " + q(r.path()) + " --actual " + q(r.actual())
                    + (r.achieved().isEmpty() ? "" : " --achieved " + r.achieved()) + " --id " + id);
        }
        markOthersAchieved(id, rows.stream().map(ReportRow::path).collect(java.util.stream.Collectors.toSet()));

        Map<String, JsonNode> shown = rowsByPath(json("eval show --json --id " + id));
        List<String> departing = new ArrayList<>();
        for (ReportRow r : rows) {
            JsonNode row = shown.get(r.path());
            assertThat(row).as(r.path()).isNotNull();
            assertThat(row.get("weight").decimalValue()).as("weight of %s", r.name()).isEqualByComparingTo(r.weight());
            BigDecimal computed = row.get("score").decimalValue();
            if (computed.compareTo(r.reported()) != 0) {
                departing.add(r.name() + " " + computed.toPlainString() + " ≠ " + r.reported().toPlainString());
            }
        }
        // every row's criteria are arithmetic; one score departs from them: 4 × 90% = 3.60, the report gives 3
        assertThat(departing).containsExactly("经办服务满意度 3.60 ≠ 3");

        // 生育保险参保人数 missed its target (362.95 < 363.21 万人: 4 × 362.95 ÷ 363.21 = 4.00) and has no reason yet
        String check = joined("eval show --id " + id);
        assertThat(check).contains("生育保险参保人数：指标值 ≥363.21万人，实际 362.95万人，未完成目标但没有写偏差原因  [eval-deviation-reason]");
        for (ReportRow r : rows) {
            if (!r.reason().isEmpty()) {
                run("eval set " + q(r.path()) + " --reason " + q(r.reason()) + " --id " + id);
            }
        }
        // the report's own score for the departing row, typed as a manual score: flagged
        List<String> set = run("eval set 经办服务满意度 --score 3 --reason 报告自评得分 --id " + id);
        assertThat(String.join("\n", set)).contains("得分 3（人工；按规则 3.60）",
                "得分 3 是人工给定的，按指标值与实际值计算应为 3.60（理由：报告自评得分）  [eval-score-override]");
        run("eval grade 优 --id " + id);

        JsonNode result = json("eval show --json --id " + id);
        assertThat(result.get("total").decimalValue()).isEqualByComparingTo("99");
        assertThat(result.get("grade").asString()).isEqualTo("优");
        // eval check passes (a warning is not an error) and lists only the flagged row
        List<String> checked = run("eval check --id " + id);
        assertThat(checked.stream().filter(l -> l.contains("[eval-"))).containsExactly(
                "  警告  满意度/服务对象满意度/经办服务满意度：得分 3 是人工给定的，按指标值与实际值计算应为 3.60（理由：报告自评得分）  [eval-score-override]");
        // validate reports the evaluation's findings with the declaration's own
        assertThat(evaluations.findings(repository.load(id))).extracting(f -> f.rule() + " " + f.path())
                .containsExactly("eval-score-override 满意度/服务对象满意度/经办服务满意度");
        assertThat(joined("eval check --id " + id)).contains("总分 99.00，等级 优（权重合计 100）");
    }

    @Test
    void showJsonHasTheDocumentedShape() throws Exception {
        long id = create("自评JSON形状", 2026, "测试局");
        run("add 产出指标/数量指标 租赁车辆车次 --half ≥18辆 --full ≥35辆");
        run("add 满意度指标/服务对象满意度 服务对象满意度 --half ≥90% --full ≥90%");
        run("funding set 资金总额 30");
        run("expense add 医保租赁业务专项 --half 9.7 --full 30");
        run("eval start --executed 28.5");
        run("eval set 租赁车辆车次 --actual 33辆 --reason 车辆检修");
        JsonNode root = json("eval show --json");
        assertThat(root.propertyNames()).containsExactly("declaration", "total", "grade", "rows");
        assertThat(root.get("declaration").asLong()).isEqualTo(id);
        assertThat(root.get("grade").asString()).isIn("优", "良", "中", "差");
        for (JsonNode r : root.get("rows")) {
            assertThat(r.propertyNames()).containsExactly("path", "target", "actual", "weight", "score", "reason");
        }
        Map<String, JsonNode> rows = rowsByPath(root);
        JsonNode exec = rows.get("全年预算执行率");
        assertThat(exec.get("actual").asString()).isEqualTo("95.00%");
        assertThat(exec.get("score").decimalValue()).isEqualByComparingTo("9.50");
        JsonNode cars = rows.get("产出指标/数量指标/租赁车辆车次");
        assertThat(cars.get("target").asString()).isEqualTo("≥35辆");
        assertThat(cars.get("weight").decimalValue()).isEqualByComparingTo("50");
        assertThat(cars.get("score").decimalValue()).isEqualByComparingTo("47.14");
        assertThat(cars.get("reason").asString()).isEqualTo("车辆检修");
        assertThat(rows.get("满意度指标/服务对象满意度/服务对象满意度").get("score").isNull()).isTrue();
        // no efficiency indicator: the 30 of 效益 has nowhere to go
        assertThat(joined("eval show")).contains("各行权重合计为 70，应为 100  [eval-weights-sum]");
        assertThat(exitCodeOf("eval check")).isEqualTo(ExitCodes.FINDINGS);
        run("eval weights set 租赁车辆车次 80");
        assertThat(joined("eval weights show")).containsPattern("产出指标/数量指标/租赁车辆车次\\s+80  逐行设定")
                .containsPattern("合计\\s+100");
        assertThat(exitCodeOf("eval check")).isEqualTo(ExitCodes.OK);
    }

    private int exitCodeOf(String line) {
        try {
            client.sendCommand(line);
            return ExitCodes.OK;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CommandFailedException c) {
                    return c.exitCode();
                }
            }
            throw new AssertionError(line + " failed unexpectedly", e);
        }
    }

    @Test
    void rowsWeighted0AreLeftOutAndTheExecutionLinesReasonServesThe预算执行率Indicator() throws Exception {
        long id = create("自评零权重行", 2026, "测试局");
        run("template apply common --id " + id);
        run("add 产出指标/数量指标 租赁车辆车次 --half ≥18辆 --full ≥35辆");
        run("add 效益指标/社会效益 保障医保工作正常运转 --half 有效保障 --full 有效保障");
        run("add 满意度指标/服务对象满意度 服务对象满意度 --half ≥90% --full ≥90%");
        run("funding set 一般公共预算资金 30");
        run("eval start --executed 28.5");
        List<String> show = run("eval show");
        // the 11 common indicators of 决策 and 过程 weigh 0: one line says so, none is listed or waits for a score
        assertThat(show).noneMatch(l -> l.contains("决策/") || l.contains("过程/"));
        assertThat(show).contains("另有 11 个权重为 0 的指标未列出（默认决策、过程不计分）：eval weights show 列出全部，eval weights set 给权重即可评分",
                "3 行尚无得分：填写 --actual，定性指标用 --achieved full|partial|none");
        assertThat(joined("eval weights show")).contains("过程/资金管理/预算执行率");
        // the 全年预算执行率 line missed =100% (95.00%): once it has its reason, the indicator does not ask again
        assertThat(exitCodeOf("eval check")).isEqualTo(ExitCodes.OK);
        assertThat(joined("eval check")).contains("全年预算执行率：指标值 =100%，实际 95.00%")
                .doesNotContain("过程/资金管理/预算执行率");
        run("eval set 全年预算执行率 --reason 年末两笔租金跨年支付");
        assertThat(joined("eval check")).doesNotContain("预算执行率");
        // a row weighted 0 that was entered is listed
        run("eval set 资金使用合规性 --achieved full");
        assertThat(joined("eval show")).contains("过程/资金管理/资金使用合规性").contains("另有 10 个权重为 0 的指标未列出");
    }

    @Test
    void usageErrors() throws Exception {
        create("自评用法错误", 2026, "测试局");
        assertThat(failure("eval show").key()).isEqualTo("eval.not-started");
        run("add 效益指标/社会效益 保障正常运转 --full 有效保障");
        run("eval start");
        assertThat(failure("eval set 保障正常运转 --score 3").key()).isEqualTo("eval.score-needs-reason");
        assertThat(failure("eval set 保障正常运转 --achieved maybe").key()).isEqualTo("eval.achieved-bad");
        assertThat(failure("eval set 保障正常运转").key()).isEqualTo("eval.set.nothing");
        assertThat(failure("eval set 不存在的指标 --actual 1").key()).startsWith("path.");
        assertThat(failure("eval grade 甲").key()).isEqualTo("eval.grade-bad");
        assertThat(failure("eval weights set 保障正常运转 abc").key()).isEqualTo("eval.number-bad");
        DomainException e = failure("eval shares --partial 120");
        assertThat(e.key()).isEqualTo("eval.shares-bad");
        assertThat(failure("eval export --format pdf --out x.pdf").key()).isEqualTo("eval.export.format");
        assertThat(one("eval set 保障正常运转 --achieved partial --reason 部分完成")).contains("得分 24.00");
    }

    @Test
    void anExistingFileIsOverwrittenOnlyWithForce() throws Exception {
        long id = nanjing("南京医保局2023自评覆盖");
        Path file = Files.createDirectories(HOME.resolve("exports")).resolve("existing-eval.md");
        Files.writeString(file, "别人的文件");
        DomainException e = failure("eval export --out " + file + " --id " + id);
        assertThat(e.key()).isEqualTo("io.exists");
        assertThat(message(e)).isEqualTo(file + " 已存在，未导出；要覆盖请加 --force");
        assertThat(Files.readString(file)).isEqualTo("别人的文件");
        assertThat(one("eval export --out " + file + " --id " + id + " --force")).startsWith("已导出自评表到 " + file);
        assertThat(Files.readString(file)).contains("| 一级指标 | 二级指标 | 三级指标 |");
    }

    @Test
    void exportsTheSelfEvaluationTableAsMarkdownJsonAndXlsx() throws Exception {
        long id = nanjing("南京医保局2023自评导出");
        run("eval set 经办服务满意度 --actual 95% --id " + id);
        Path dir = Files.createDirectories(HOME.resolve("exports"));
        Path md = dir.resolve("self.md");
        Path js = dir.resolve("self.json");
        Path xl = dir.resolve("self.xlsx");
        assertThat(one("eval export --format md --out " + md + " --id " + id)).startsWith("已导出自评表到");
        run("eval export --format json --out " + js + " --id " + id);
        run("eval export --out " + xl + " --id " + id);

        String text = Files.readString(md);
        assertThat(text).contains("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
                "| 满意度 | 服务对象满意度 | 12393服务满意度 | ≥90% |  | 3.00 |  |  |",
                "|  |  | 经办服务满意度 | ≥90% | 95% | 4.00 | 4.00 |  |", "| 总分 |  |  |  |  | 100.00 | 4.00 | 等级：差 |");
        JsonNode exported = JSON.readTree(Files.readString(js));
        assertThat(exported).isEqualTo(json("eval show --json --id " + id));

        try (Workbook wb = WorkbookFactory.create(xl.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            int head = 0;
            while (!sheet.getRow(head).getCell(0).getStringCellValue().equals("一级指标")) {
                head++;
            }
            assertThat(sheet.getRow(head).getCell(7).getStringCellValue()).isEqualTo("偏差原因分析及改进措施");
            assertThat(sheet.getRow(head + 1).getCell(0).getStringCellValue()).isEqualTo("决策");
            assertThat(sheet.getRow(head + 1).getCell(2).getStringCellValue()).isEqualTo("决策程序的科学规范性");
            assertThat(sheet.getRow(head + 1).getCell(5).getNumericCellValue()).isEqualTo(3.0);
            int last = sheet.getLastRowNum();
            assertThat(sheet.getRow(last).getCell(0).getStringCellValue()).isEqualTo("总分");
            assertThat(sheet.getRow(last).getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(last - 1).getCell(2).getStringCellValue()).isEqualTo("经办服务满意度");
            assertThat(sheet.getRow(last - 1).getCell(6).getNumericCellValue()).isEqualTo(4.0);
            // 决策 spans its eight rows (or its part on each page)
            int first = head + 1;
            assertThat(sheet.getMergedRegions()).anyMatch(r -> r.getFirstColumn() == 0 && r.getFirstRow() == first
                    && r.getLastRow() == first + 7 || sheet.getRowBreaks().length > 0 && r.getFirstRow() == first);
        }
    }
}
