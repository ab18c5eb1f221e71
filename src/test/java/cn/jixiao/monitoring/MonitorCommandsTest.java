package cn.jixiao.monitoring;

import cn.jixiao.model.DomainException;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.shell.ExitCodes;
import cn.jixiao.shell.Pinyin;
import cn.jixiao.testsupport.ShellTestSupport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Mid-year monitoring through the shell on the real 医保租赁业务专项 form (plan 9.7 of 30 万元): 1-6月执行数 6.0 and
 * two indicators behind (预算执行率 from the execution, 租赁车辆车次 typed), what `monitor show` and `validate` report,
 * the exports, the revisions, bad input, completion.
 */
class MonitorCommandsTest extends ShellTestSupport {
    static final String SAMPLE = "src/test/resources/samples/nantong-2026-yibao-zulin.md";
    static final String RATE = "过程/资金管理/预算执行率";
    static final String CARS = "产出指标/数量指标/租赁车辆车次";
    static final String ARRIVAL = "过程/资金管理/资金到位率";
    static final String PROCEDURE = "决策/项目立项/立项程序规范性";

    @Autowired
    CommandRegistry registry;

    /** The declarations a test imported: deleted after it, so that other tests find one 医保租赁业务专项 by name. */
    private final List<Long> created = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void deleteWhatWasImported() throws Exception {
        for (long id : created) {
            run("delete " + id + " --yes");
        }
    }

    /**
     * Imports the sample form and opens it: as a new declaration, or over the one another test class left with the
     * same name, year and department (the test database is shared; a plain import of it again is refused).
     */
    private long imported() throws Exception {
        long id = idIn(joined("import " + SAMPLE + " --update"));
        created.add(id);
        run("open " + id);
        return id;
    }

    /** The sample with 6.0 executed, 预算执行率 behind (20% of =32%), 租赁车辆车次 15 of ≥18辆 with reason and measure. */
    private long recorded() throws Exception {
        long id = imported();
        assertThat(joined("monitor start")).contains("已开始", "16 个三级指标", "序时进度 50.00%");
        assertThat(run("monitor executed total 6.0")).containsExactly(
                "1-6月执行数（合计）6 万元：执行率 20.00%，计划执行率 32.33%，序时进度 50.00%（监控第 2 版）",
                "警告  funding/资金总额：1-6月执行数 6 万元，执行率 20.00%，比半年计划执行率 32.33% 低 1 个百分点以上（序时进度 50.00%）  [monitor-execution-behind]");
        assertThat(run("monitor set 租赁车辆车次 --actual 15辆 --likelihood 有可能 --reason '人员保障：两名司机离职' --measure '7月起增租一辆'"))
                .containsExactly("已记录 3.1.1 " + CARS + "：半年目标 ≥18辆，1-6月完成值 15辆，状态 落后（监控第 3 版）",
                        "警告  " + CARS + "：1-6月完成值 15辆，未达到半年指标值 ≥18辆  [monitor-behind-half]");
        assertThat(one("monitor set 资金到位率 --actual 50%"))
                .isEqualTo("已记录 2.1.1 " + ARRIVAL + "：半年目标 =50%，1-6月完成值 50%，状态 正常（监控第 4 版）");
        assertThat(one("monitor set 1.1.1 --actual 规范 --likelihood 确定能"))
                .isEqualTo("已记录 1.1.1 " + PROCEDURE + "：半年目标 规范，1-6月完成值 规范，状态 正常（监控第 5 版）");
        return id;
    }

    private static Map<String, String> statuses(JsonNode show) {
        Map<String, String> out = new LinkedHashMap<>();
        show.get("rows").forEach(r -> out.put(r.get("path").asString(), r.get("status").asString()));
        return out;
    }

    @Test
    void showReportsTheFundingProgressAndEveryStatus() throws Exception {
        long id = recorded();
        JsonNode show = json("monitor show --json");
        assertThat(show.get("declaration").asLong()).isEqualTo(id);
        assertThat(show.get("asOf").asString()).isEqualTo("2026-06-30");
        JsonNode f = show.get("funding");
        assertThat(f.get("budget").decimalValue()).isEqualByComparingTo("30");
        assertThat(f.get("executed").decimalValue()).isEqualByComparingTo("6.0");
        assertThat(f.get("rate").decimalValue()).isEqualTo(new BigDecimal("20.00"));
        assertThat(f.get("plannedRate").decimalValue()).isEqualTo(new BigDecimal("32.33"));
        assertThat(f.get("schedule").decimalValue()).isEqualTo(new BigDecimal("50.00"));
        Map<String, String> s = statuses(show);
        assertThat(s).hasSize(16);
        assertThat(s).containsEntry(RATE, "behind").containsEntry(CARS, "behind").containsEntry(ARRIVAL, "on-track")
                .containsEntry(PROCEDURE, "on-track");
        assertThat(s.values().stream().filter(v -> v.equals("no-data"))).hasSize(12);
        JsonNode cars = rowOf(show, CARS);
        assertThat(cars.get("half").asString()).isEqualTo("≥18辆");
        assertThat(cars.get("full").asString()).isEqualTo("≥35辆");
        assertThat(cars.get("actual").asString()).isEqualTo("15辆");
        assertThat(cars.get("expected").asString()).isEmpty();
        assertThat(cars.get("likelihood").asString()).isEqualTo("有可能");
        assertThat(cars.get("reason").asString()).isEqualTo("人员保障：两名司机离职");
        assertThat(cars.get("measure").asString()).isEqualTo("7月起增租一辆");
        assertThat(rowOf(show, RATE).get("actual").asString()).as("the execution rate fills 预算执行率").isEqualTo("20.00%");
        assertThat(rowOf(show, ARRIVAL).get("likelihood").isNull()).isTrue();

        List<String> text = run("monitor show");
        assertThat(text.get(0)).startsWith("#" + id + " 医保租赁业务专项").endsWith("绩效运行监控：截至 2026-06-30，监控第 5 版");
        assertThat(text).contains("状态：正常 2，落后 2，有风险 0，未填 12");
        assertThat(text).anySatisfy(l -> assertThat(l).contains("合计", "30", "9.7", "6", "20.00%", "32.33%"));
        assertThat(text).anySatisfy(l -> assertThat(l).contains("3.1.1", CARS, "≥18辆", "≥35辆", "15辆", "落后", "有可能",
                "人员保障：两名司机离职", "7月起增租一辆"));
    }

    private static JsonNode rowOf(JsonNode show, String path) {
        for (JsonNode r : show.get("rows")) {
            if (r.get("path").asString().equals(path)) {
                return r;
            }
        }
        throw new AssertionError("no row " + path);
    }

    private List<String> monitorFindings() throws Exception {
        JsonNode v;
        try {
            v = json("validate --json");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode f : v.get("declarations").get(0).get("findings")) {
            if (f.get("rule").asString().startsWith("monitor-")) {
                out.add(f.get("rule").asString() + " " + f.get("severity").asString() + " " + f.get("path").asString()
                        + " " + f.get("message").asString());
            }
        }
        return out;
    }

    @Test
    void validateAddsExactlyTheMonitoringFindings() throws Exception {
        recorded();
        assertThat(monitorFindings()).containsExactly(
                "monitor-execution-behind warning funding/资金总额 1-6月执行数 6 万元，执行率 20.00%，比半年计划执行率 32.33% 低 1 个百分点以上（序时进度 50.00%）",
                "monitor-behind-half warning " + RATE + " 1-6月完成值 20.00%，未达到半年指标值 =32%",
                "monitor-behind-half warning " + CARS + " 1-6月完成值 15辆，未达到半年指标值 ≥18辆",
                "monitor-at-risk-reason warning " + RATE + " 1-6月完成值 20.00% 落后于半年目标 =32%，须写明偏差原因和纠偏措施");

        // 确定能 while 20% is far (more than 20%) behind =32%, and no expected value: inconsistent
        run("monitor set 预算执行率 --likelihood 确定能 --reason '经费保障：租车合同7月才签订' --measure '下半年按月支付'");
        assertThat(monitorFindings()).containsExactly(
                "monitor-execution-behind warning funding/资金总额 1-6月执行数 6 万元，执行率 20.00%，比半年计划执行率 32.33% 低 1 个百分点以上（序时进度 50.00%）",
                "monitor-behind-half warning " + RATE + " 1-6月完成值 20.00%，未达到半年指标值 =32%",
                "monitor-behind-half warning " + CARS + " 1-6月完成值 15辆，未达到半年指标值 ≥18辆",
                "monitor-likelihood-inconsistent warning " + RATE + " 完成目标可能性填“确定能”，但 1-6月完成值 20.00% 比半年目标 =32% 落后超过 20%，也没有填达到目标的全年预计完成值");
        // an expected value that reaches the target settles it; one that doesn't makes the row at risk
        run("monitor set 预算执行率 --expected 100%");
        assertThat(monitorFindings()).noneMatch(f -> f.startsWith("monitor-likelihood-inconsistent"));
        assertThat(run("monitor set 租赁车辆车次 --expected 30辆").get(0))
                .isEqualTo("已记录 3.1.1 " + CARS + "：半年目标 ≥18辆，1-6月完成值 15辆，状态 有风险（监控第 8 版）");
        run("monitor set 租赁车辆车次 --likelihood 确定能");
        assertThat(monitorFindings()).contains("monitor-likelihood-inconsistent warning " + CARS
                + " 完成目标可能性填“确定能”，但全年预计 30辆 达不到全年指标值 ≥35辆");
        // the declaration rules are still there
        assertThat(json("validate --json").get("declarations").get(0).get("findings").toString()).contains("vague-value");
    }

    @Test
    void everyChangeIsANewRevision() throws Exception {
        recorded();
        List<String> history = run("monitor history");
        assertThat(history).hasSize(5);
        assertThat(history.get(0)).startsWith("第 1 版").contains("截至 2026-06-30", "monitor start --as-of 2026-06-30");
        assertThat(history.get(1)).contains("monitor executed total 6");
        assertThat(history.get(2)).contains("monitor set " + CARS);
        // a new as-of date is a new revision too, and changes the 序时进度: 31 March is 25%
        assertThat(one("monitor start --as-of 2026-03-31")).isEqualTo("已改截至日期 " + titleOf() + "：序时进度 25.00%");
        assertThat(run("monitor history")).hasSize(6);
        assertThat(json("monitor show --json").get("funding").get("schedule").decimalValue()).isEqualTo(new BigDecimal("25.00"));
        // unchanged start: no new revision
        assertThat(one("monitor start")).contains("已存在");
        assertThat(run("monitor history")).hasSize(6);
    }

    @Test
    void undoTakesBackMonitoringChangesOneByOne() throws Exception {
        long id = recorded();
        int declarationRevision = repository.load(id).revision();
        assertThat(run("monitor undo")).containsExactly(
                "已撤销监控第 5 版的修改“monitor set " + PROCEDURE + "”（监控第 6 版）",
                "状态：正常 1，落后 2，有风险 0，未填 13");
        assertThat(run("monitor undo").get(0)).isEqualTo(
                "已撤销监控第 4 版的修改“monitor set " + ARRIVAL + "”（监控第 7 版）");
        JsonNode shown = json("monitor show --json");
        assertThat(shown.get("rows").toString()).doesNotContain("50%").contains("15辆");
        assertThat(shown.get("funding").get("executed").decimalValue()).isEqualByComparingTo("6");
        assertThat(run("monitor undo").get(0)).contains("已撤销监控第 3 版的修改");
        assertThat(run("monitor undo --id " + id).get(0)).contains("已撤销监控第 2 版的修改“monitor executed total 6”");
        assertThat(json("monitor show --json").get("funding").get("executed").isNull()).isTrue();
        DomainException e = failure("monitor undo");
        assertThat(e.key()).isEqualTo("monitor.undo.nothing");
        assertThat(message(e)).isEqualTo("#" + id + " 的运行监控记录没有可撤销的修改（monitor start 之后还没有修改）");
        List<String> history = run("monitor history");
        assertThat(history).hasSize(9);
        assertThat(history.get(8)).contains("撤销 monitor executed total 6");
        assertThat(repository.load(id).revision()).as("the declaration is untouched").isEqualTo(declarationRevision);
        // after an undo, a new change is undone first, then the walk goes on where it was
        run("monitor set 资金到位率 --actual 40%");
        assertThat(run("monitor undo").get(0)).contains("已撤销监控第 10 版的修改");
        assertThat(failure("monitor undo").key()).isEqualTo("monitor.undo.nothing");
    }

    private String titleOf() throws Exception {
        return run("monitor show").get(0);
    }

    @Test
    void anExistingFileIsOverwrittenOnlyWithForce(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        recorded();
        Path file = Files.writeString(dir.resolve("监控表.xlsx"), "别人的文件");
        DomainException e = failure("monitor export --out " + file);
        assertThat(e.key()).isEqualTo("io.exists");
        assertThat(message(e)).isEqualTo(file + " 已存在，未导出；要覆盖请加 --force");
        assertThat(Files.readString(file)).isEqualTo("别人的文件");
        assertThat(message(failure("monitor export --format pdf --out " + file))).contains("不支持的导出格式：pdf");
        assertThat(one("monitor export --out " + file + " --force")).startsWith("已导出绩效运行监控表到 " + file);
        assertThat(Files.size(file)).isGreaterThan(1000);
    }

    @Test
    void exportsTheMonitoringTable(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        recorded();
        Path md = dir.resolve("监控表.md");
        assertThat(one("monitor export --out " + md)).isEqualTo("已导出绩效运行监控表到 " + md
                + "：16 个三级指标；状态：正常 2，落后 2，有风险 0，未填 12");
        String text = Files.readString(md);
        assertThat(text).startsWith("# 医保租赁业务专项 项目支出绩效运行监控表（2026年度）")
                .contains("| 支出 | 全年预算数 | 半年(程)计划执行数 | 1-6月执行数 | 执行率 | 计划执行率 |",
                        "| 医保租赁业务专项 | 30 | 9.7 |  |  | 32.33% |", "| 合计 | 30 | 9.7 | 6 | 20.00% | 32.33% |",
                        "| 产出指标 | 数量指标 | 租赁车辆车次 | ≥18辆 | ≥35辆 | 15辆 |  | 落后 | 有可能 | 人员保障：两名司机离职 | 7月起增租一辆 |",
                        "序时进度：50.00%");
        Path xlsx = dir.resolve("监控表.xlsx");
        run("monitor export --format xlsx --out " + xlsx);
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("绩效运行监控表");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目支出绩效运行监控表");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            List<String> rows = new ArrayList<>();
            for (var row : s) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.toString()));
                rows.add(String.join("|", cells));
            }
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("产出指标|数量指标|租赁车辆车次|≥18辆|≥35辆|15辆||落后|有可能"));
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("合计").contains("6").contains("20.00%"));
        }
        Path json = dir.resolve("监控表.json");
        run("monitor export --out " + json);
        assertThat(JSON.readTree(Files.readString(json))).isEqualTo(json("monitor show --json"));
    }

    @Test
    void badInputIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        long id = imported();
        DomainException notStarted = failure("monitor show");
        assertThat(message(notStarted)).isEqualTo("#" + id + " 还没有运行监控记录：先运行 monitor start");
        assertThat(message(failure("monitor start --as-of 2025-06-30"))).isEqualTo("截至日期 2025-06-30 不在申报表的年度 2026 内");
        assertThat(message(failure("monitor start --as-of 2026-13-01"))).contains("无法识别的日期：2026-13-01");
        run("monitor start");
        assertThat(message(failure("monitor set 租赁车辆车次 --actual 15次")))
                .isEqualTo("--actual “15次”无法与 租赁车辆车次 的指标值 ≥35辆 比较：应写同一单位的数量");
        assertThat(message(failure("monitor set 租赁车辆车次 --actual 较多"))).contains("无法与 租赁车辆车次 的指标值 ≥35辆 比较");
        assertThat(message(failure("monitor set 资金到位率 --actual 序时进度"))).contains("是半年指标值的写法");
        assertThat(message(failure("monitor set 租赁车辆车次 --likelihood 大概"))).contains("无法识别的完成目标可能性：大概");
        assertThat(message(failure("monitor set 租赁车辆车次"))).contains("没有要记录的内容");
        assertThat(message(failure("monitor set 不存在的指标 --actual 1"))).contains("找不到指标");
        assertThat(message(failure("monitor executed 审计费 1"))).contains("找不到支出：审计费");
        assertThat(message(failure("monitor executed total abc"))).contains("1-6月执行数无法识别：“abc”");
        assertThat(message(failure("monitor export --format pdf --out x.pdf"))).contains("不支持的导出格式：pdf");
        assertThat(run("monitor history")).hasSize(1);
        Throwable t = catchThrowable(() -> client.sendCommand("validate"));
        // the declaration's own rules find no error on the real form; monitoring adds none either
        assertThat(t).isNull();
    }

    @Test
    void executionPerExpenseLine() throws Exception {
        long id = imported();
        run("expense add 审计费 --half 0 --full 2");
        for (String source : List.of("资金总额", "财政拨款", "一般公共预算资金")) {
            run("funding set " + source + " 32"); // the form stays free of errors: validate exits 0
        }
        run("set 预算执行率 --half =30.3%");
        run("monitor start");
        // 医保租赁业务专项: 6 of 30 (20%) against 9.7 (32.33%); 审计费: 1.5 of 2 (75%) against 0 and 50%
        assertThat(run("monitor executed #1 6")).first().isEqualTo(
                "1-6月执行数（医保租赁业务专项）6 万元：执行率 20.00%，计划执行率 32.33%，序时进度 50.00%（监控第 2 版）");
        run("monitor executed 审计费 1.5");
        JsonNode f = json("monitor show --json").get("funding");
        assertThat(f.get("budget").decimalValue()).isEqualByComparingTo("32");
        assertThat(f.get("executed").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(f.get("rate").decimalValue()).isEqualTo(new BigDecimal("23.44"));
        assertThat(f.get("plannedRate").decimalValue()).isEqualTo(new BigDecimal("30.31"));
        assertThat(monitorFindings()).extracting(s -> s.split(" ")[2])
                .containsExactly("funding/资金总额", "funding/支出/医保租赁业务专项", RATE, RATE);
        // clearing a line
        run("monitor executed 审计费 -");
        assertThat(json("monitor show --json").get("funding").get("executed").decimalValue()).isEqualByComparingTo("6");
        assertThat(id).isPositive();
    }

    @Test
    void theSelfEvaluationStartsFromTheMonitoringRecord() throws Exception {
        long id = recorded();
        run("monitor set 租赁车辆车次 --expected 33辆");
        List<String> out = run("eval start --from-monitoring");
        assertThat(out.get(0)).startsWith("已开始");
        assertThat(out.get(1)).isEqualTo("已从运行监控（截至 2026-06-30）取来 3 行的完成值与偏差原因作为草稿（有全年预计的取全年预计，否则取 1-6月完成值）");
        JsonNode eval = json("eval show --json");
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> reason = new LinkedHashMap<>();
        eval.get("rows").forEach(r -> {
            actual.put(r.get("path").asString(), r.get("actual").asString());
            reason.put(r.get("path").asString(), r.get("reason").asString());
        });
        assertThat(actual).containsEntry(CARS, "33辆").containsEntry(ARRIVAL, "50%").containsEntry(PROCEDURE, "规范");
        assertThat(reason).containsEntry(CARS, "人员保障：两名司机离职");
        // rows the officer has entered are kept: a second draft fills nothing
        run("eval set 租赁车辆车次 --actual 36辆");
        assertThat(run("eval start --from-monitoring")).contains("已从运行监控（截至 2026-06-30）取来 0 行的完成值与偏差原因作为草稿（有全年预计的取全年预计，否则取 1-6月完成值）");
        assertThat(json("eval show --json").get("rows").toString()).contains("36辆");
        // without a monitoring record it is refused
        long other = create("无监控记录的项目", 2026, "南通市医疗保障局");
        created.add(other);
        assertThat(message(failure("eval start --from-monitoring --id " + other))).isEqualTo("#" + other + " 还没有运行监控记录：先运行 monitor start");
        assertThat(id).isNotEqualTo(other);
    }

    @Test
    void completionProposesIndicatorsForPinyinLinesAndLikelihoods() throws Exception {
        imported();
        run("monitor start");
        List<String> paths = proposals("monitor set", List.of("monitor", "set", "yszxl"), 2);
        assertThat(paths).contains(RATE, "2.1.2");
        assertThat(paths.stream().filter(p -> Pinyin.matches("yszxl", p))).containsExactly(RATE);
        assertThat(proposals("monitor set", List.of("monitor", "set", CARS, "--likelihood", ""), 4))
                .containsExactly("确定能", "有可能", "不可能");
        assertThat(proposals("monitor set", List.of("monitor", "set", CARS, "--reason", ""), 4)).contains("人员保障：");
        assertThat(proposals("monitor executed", List.of("monitor", "executed", ""), 2))
                .contains("total", "医保租赁业务专项", "#1");
    }

    private List<String> proposals(String commandName, List<String> words, int wordIndex) {
        Command command = registry.getCommandByName(commandName);
        String previous = wordIndex > 0 ? words.get(wordIndex - 1) : "";
        var option = command.getOptions().stream().filter(o -> previous.equals("--" + o.longName())).findFirst().orElse(null);
        CompletionContext ctx = new CompletionContext(words, wordIndex, words.get(wordIndex).length(), command, option);
        return command.getCompletionProvider().apply(ctx).stream().map(CompletionProposal::value).toList();
    }

    @Test
    void englishMessages() {
        var en = new cn.jixiao.shell.Messages(cn.jixiao.shell.Messages.localeFor("en"));
        assertThat(en.get("monitor.summary", 2, 2, 0, 12)).isEqualTo("Status: on track 2, behind 2, at risk 0, no data 12");
        assertThat(en.get("rule.monitor-behind-half", "15辆", "≥18辆")).isEqualTo("Actual Jan-Jun 15辆 falls short of the half-year target ≥18辆");
        assertThat(ExitCodes.FINDINGS).isEqualTo(1);
        assertThat(CommandFailedException.class).isNotNull();
    }
}
