package cn.jixiao.io;

import cn.jixiao.testsupport.ShellTestSupport;
import cn.jixiao.validation.FileValidation;
import cn.jixiao.validation.ValidationService;
import cn.jixiao.validation.ValidationView;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms of other regions and kinds through the shell: import stores a self-evaluation table's evaluation, eval
 * show/check flag the form's own scores that depart from the criteria, validate --file reads each form under its own
 * framework.
 */
class RegionImportTest extends ShellTestSupport {
    static final Path DIR = Path.of("src/test/resources/samples/other-regions").toAbsolutePath();
    static final Path NANJING = Path.of("src/test/resources/samples/nanjing-2023-self-evaluation.txt").toAbsolutePath();

    /** A copy of a sample with its names made unique for this test (the test context's database is shared). */
    private Path sample(Path from, String old, String tag) throws Exception {
        Path p = Files.createDirectories(HOME.resolve("regions")).resolve(tag + "-" + from.getFileName());
        String text = Files.readString(from);
        assertThat(text).contains(old);
        Files.writeString(p, text.replace(old, old + tag));
        return p;
    }

    @Test
    void aSelfEvaluationTableIsImportedWithItsEvaluation() throws Exception {
        Path p = sample(DIR.resolve("chizhou-guichi-2022-weituo-selfeval.txt"), "项目名称\t委托业务项目", "甲");
        List<String> out = run("import " + p);
        assertThat(out.get(0)).matches("#\\d+ 委托业务项目甲（2022年度）资金总额 0\\.00 万元，10 个三级指标；"
                + "单元格：96 个已读取，5 个未读取；校验：\\d+ 个错误，\\d+ 个警告");
        assertThat(out).contains("    " + p + ":1：绩效自评表：指标值作全年(程)指标值导入申报表；实际完成值、分值、得分、偏差原因（9 行）"
                + "存为它的绩效自评（eval show 查看，表上的得分按手填得分核对）");
        assertThat(out).contains("    " + p + ":1：框架：mof-project（一级指标：产出指标、效益指标、满意度指标）");
        long id = idIn(out.get(0));
        JsonNode shown = json("eval show --json --id " + id);
        JsonNode count = null;
        for (JsonNode r : shown.get("rows")) {
            if (r.get("path").asString().equals("产出指标/数量指标/基建工程委托业务项目数量")) {
                count = r;
            }
        }
        assertThat(count).as(shown.toString()).isNotNull();
        assertThat(count.get("target").asString()).isEqualTo("≥50个");
        assertThat(count.get("actual").asString()).isEqualTo("50");
        assertThat(count.get("weight").decimalValue()).isEqualByComparingTo("8");
        assertThat(count.get("score").decimalValue()).isEqualByComparingTo("8");
        // the stated scores add up to the form's: 0 for 预算执行 + 50 + 30
        assertThat(shown.get("total").decimalValue()).isEqualByComparingTo("80");
    }

    @Test
    void theNanjingReportsOwnScoreThatDepartsFromItsCriteriaIsFlagged() throws Exception {
        Path p = sample(NANJING, "2023年度南京市医疗保障局（本级）", "乙");
        List<String> out = run("import " + p);
        // the report states its budget in prose only: no 资金总额 is read, and the line says so
        assertThat(out.get(0)).contains("南京市医疗保障局(本级)乙（2023年度）资金总额未填，41 个三级指标");
        long id = idIn(out.get(0));
        JsonNode shown = json("eval show --json --id " + id);
        assertThat(shown.get("total").decimalValue()).isEqualByComparingTo("99");
        assertThat(shown.get("grade").asString()).isEqualTo("优");
        List<String> checked = run("eval check --id " + id);
        assertThat(checked.stream().filter(l -> l.contains("[eval-score-override]"))).containsExactly(
                "  警告  满意度/服务对象满意度/经办服务满意度：得分 3 是人工给定的，按指标值与实际值计算应为 3.60（理由：—）  [eval-score-override]");
    }

    @Test
    void aSichuanFormIsValidatedUnderItsOwnFramework() throws Exception {
        List<String> rules = validatedRules(DIR.resolve("qingshen-2023-gongzi-selfeval.txt"));
        assertThat(rules).doesNotContain("level1-missing 决策", "level1-missing 过程");
        // the form has no 满意度 indicator: the 财政部 project framework asks for one
        assertThat(rules).contains("level1-missing 满意度指标");
        // a Jiangsu form still gets the Jiangsu framework's checks
        assertThat(validatedRules(Path.of("src/test/resources/samples/jiangning-2026-project-form.txt")))
                .noneMatch(r -> r.startsWith("level1-missing"));
    }

    /**
     * The non-empty cells of a tab-separated file, counted here by splitting its lines on tabs (a workbook made from
     * it has one cell for each).
     */
    static int cells(Path file) throws Exception {
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            for (String cell : line.split("\t", -1)) {
                if (!cell.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void everyCellOfTheFiveFormsIsPlacedOrReported() throws Exception {
        record Expected(String file, List<Integer> placed, List<Integer> reported) {
        }
        List<Expected> all = List.of(
                new Expected("chizhou-guichi-2022-weituo-selfeval.txt", List.of(96), List.of(5)),
                new Expected("huangshi-2019-shenyi-monitoring.txt", List.of(39), List.of(7)),
                new Expected("jingyan-mata-2023-project-targets.txt", List.of(67, 33), List.of(17, 9)),
                new Expected("ningde-2019-dangshi-department-target.txt", List.of(56), List.of(8)),
                new Expected("qingshen-2023-gongzi-selfeval.txt", List.of(64), List.of(26)));
        for (Expected e : all) {
            Path p = DIR.resolve(e.file());
            List<ValidationView.Result> results = fileValidation.validate(p.toString(), validation.validator());
            JsonNode out = JSON.readTree(validationView.json(results));
            int sum = 0;
            JsonNode ds = out.get("declarations");
            assertThat(ds).as(e.file()).hasSize(e.placed().size());
            for (int k = 0; k < ds.size(); k++) {
                JsonNode c = ds.get(k).get("cells");
                assertThat(c.get("placed").asInt()).as(e.file()).isEqualTo(e.placed().get(k));
                assertThat(c.get("reported").asInt()).as(e.file()).isEqualTo(e.reported().get(k));
                assertThat(ds.get(k).get("reportedCells")).as(e.file()).hasSize(e.reported().get(k));
                sum += c.get("placed").asInt() + c.get("reported").asInt();
            }
            assertThat(sum).as(e.file()).isEqualTo(cells(p));
            List<String> printed = validationView.text(results); // what validate --file prints
            for (int k = 0; k < ds.size(); k++) {
                String counts = "单元格：" + e.placed().get(k) + " 个已读取，" + e.reported().get(k) + " 个未读取";
                assertThat(printed).as(e.file()).anySatisfy(l -> assertThat(l).contains(counts));
            }
        }
    }

    /** 当年一般公共预算拨款 is a part (一般公共预算资金), not the 小计: no false subtotal mismatch on the 黄石 form. */
    @Test
    void aMonitoringTablesBudgetLineIsThePartItNames() throws Exception {
        List<String> rules = validatedRules(DIR.resolve("huangshi-2019-shenyi-monitoring.txt"));
        assertThat(rules).noneMatch(r -> r.startsWith("funding-"));
    }

    @Autowired
    FileValidation fileValidation;

    @Autowired
    ValidationService validation;

    @Autowired
    ValidationView validationView;

    private List<String> validatedRules(Path p) throws Exception {
        JsonNode out = JSON.readTree(validationView.json(fileValidation.validate(p.toString(), validation.validator())));
        List<String> rules = new java.util.ArrayList<>();
        for (JsonNode f : out.get("declarations").get(0).get("findings")) {
            rules.add(f.get("rule").asString() + " " + f.get("path").asString());
        }
        return rules;
    }

    @Test
    void aMonitoringTableIsStoredWithItsMonitoringRecord() throws Exception {
        Path p = sample(DIR.resolve("huangshi-2019-shenyi-monitoring.txt"), "项目名称\t申遗经费", "丁");
        List<String> out = run("import " + p);
        assertThat(out.get(0)).contains("申遗经费丁（2019年度）资金总额 220.00 万元，2 个三级指标")
                .contains("单元格：39 个已读取，7 个未读取");
        assertThat(out).contains("    " + p + ":1：绩效运行监控表：指标值作全年(程)指标值导入申报表；1-6月执行数、"
                + "半年度执行情况（作1-6月完成值）、全年预计完成值、完成目标可能性、偏差原因、纠偏措施（2 行）存为它的运行监控"
                + "（monitor show 查看，validate 一并核对）");
        // the 社会效益 row's empty 半年度执行情况 cell was dropped in the source: its 确定能 is the likelihood, noted
        assertThat(out).contains("    " + p + ":16：效益指标/社会效益/社会效益：半年度执行情况一格是“确定能”，且该行没有完成目标可能性，"
                + "已作完成目标可能性（前面的空格在原表中被略去）");
        // a source's 1-6月执行数 has no place in the record (only 支出 lines and the total have): still reported
        assertThat(out).contains("    " + p + ":11：当年一般公共预算拨款 1-6月执行数：87.57（申报表没有此项，未存）");
        long id = idIn(out.get(0));

        JsonNode shown = json("monitor show --json --id " + id);
        assertThat(shown.get("asOf").asString()).isEqualTo("2019-06-30");
        assertThat(shown.get("funding").get("budget").decimalValue()).isEqualByComparingTo("220");
        assertThat(shown.get("funding").get("executed").decimalValue()).isEqualByComparingTo("87.57");
        assertThat(shown.get("funding").get("rate").decimalValue()).isEqualByComparingTo("39.80");
        assertThat(shown.get("funding").get("schedule").decimalValue()).isEqualByComparingTo("50.00");
        JsonNode rows = shown.get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("path").asString()).isEqualTo("产出指标/成本/成本");
        assertThat(rows.get(0).get("full").asString()).isEqualTo("年度预算220万元");
        assertThat(rows.get(0).get("actual").asString()).isEqualTo("按进度执行,已使用约40%");
        assertThat(rows.get(0).get("likelihood").asString()).isEqualTo("确定能");
        assertThat(rows.get(1).get("path").asString()).isEqualTo("效益指标/社会效益/社会效益");
        assertThat(rows.get(1).get("actual").asString()).isEmpty();
        assertThat(rows.get(1).get("likelihood").asString()).isEqualTo("确定能");
        assertThat(rows.get(1).get("status").asString()).isEqualTo("no-data");

        // the monitor-* rules see it at once: 87.57 of 220 is 39.80%, behind the 序时进度 50.00% (validate, which
        // exits 1 on this form's own errors, is run on the jar by MonitoringImportIT)
        assertThat(run("monitor show --id " + id)).anySatisfy(l -> assertThat(l)
                .contains("1-6月执行数 87.57 万元，执行率 39.80%").contains("[monitor-execution-behind]"));
        assertThat(run("monitor history --id " + id)).anySatisfy(l -> assertThat(l).contains("导入 " + p.getFileName()));
    }

    @Test
    void aLikelihoodThatIsNoneOfTheThreeIsReportedNotStored() throws Exception {
        Path p = sample(DIR.resolve("huangshi-2019-shenyi-monitoring.txt"), "项目名称\t申遗经费", "戊");
        Files.writeString(p, Files.readString(p).replace("已使用约40%\t确定能", "已使用约40%\t说不准"));
        List<String> out = run("import " + p);
        assertThat(out).contains("    " + p + ":15：产出指标/成本/成本：完成目标可能性“说不准”不是 确定能/有可能/不可能，未存");
        JsonNode row = json("monitor show --json --id " + idIn(out.get(0))).get("rows").get(0);
        assertThat(row.get("actual").asString()).isEqualTo("按进度执行,已使用约40%");
        assertThat(row.get("likelihood").isNull()).isTrue();
    }

    @Test
    void aFlatExportImportsOneDeclarationPerProject() throws Exception {
        Path p = sample(DIR.resolve("jingyan-mata-2023-project-targets.txt"), "村组干部报酬", "丙");
        List<String> out = run("import " + p);
        assertThat(out.get(0)).contains("村组干部报酬丙（2023年度）资金总额 330.984 万元，8 个三级指标")
                .contains("单元格：67 个已读取，17 个未读取");
        assertThat(out).anySatisfy(l -> assertThat(l).contains("基层组织活动经费（2023年度）资金总额 66.00 万元，5 个三级指标")
                .contains("单元格：33 个已读取，9 个未读取"));
        assertThat(out).contains("已导入 2 张申报表，0 张未能读取");
    }
}
