package cn.jixiao.io;

import cn.jixiao.testsupport.OneShotProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real 黄石 monitoring table (绩效运行监控表) through the packaged jar: {@code import} stores the declaration and
 * its monitoring record, so that {@code monitor show} and {@code validate} show it right after, in another process.
 */
class MonitoringImportIT {
    private static final String SAMPLE = "src/test/resources/samples/other-regions/huangshi-2019-shenyi-monitoring.txt";

    @Test
    void aMonitoringTableImportsAsDeclarationAndMonitoringRecord(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("huangshi.txt");
        Files.copy(Path.of(SAMPLE), sample);
        Path home = Files.createDirectories(dir.resolve("home"));
        OneShotProcess jixiao = new OneShotProcess(dir, home, home.resolve("data/jixiao").toString(),
                OneShotProcess.OWN_JVM);

        OneShotProcess.Result imported = jixiao.run("import", "huangshi.txt");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("#1 申遗经费（2019年度）资金总额 220.00 万元，2 个三级指标；单元格：39 个已读取，7 个未读取")
                .contains("存为它的运行监控（monitor show 查看，validate 一并核对）");

        OneShotProcess.Result shown = jixiao.run("monitor", "show", "--json", "--id", "1");
        assertThat(shown.exit()).as(shown.err()).isZero();
        JsonNode m = JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(shown.out());
        assertThat(m.get("declaration").asLong()).isEqualTo(1);
        assertThat(m.get("asOf").asString()).isEqualTo("2019-06-30");
        assertThat(m.get("funding").get("budget").decimalValue()).isEqualByComparingTo("220");
        assertThat(m.get("funding").get("executed").decimalValue()).isEqualByComparingTo("87.57");
        assertThat(m.get("funding").get("rate").decimalValue()).isEqualByComparingTo("39.80");
        assertThat(m.get("funding").get("plannedRate").isNull()).isTrue();
        assertThat(m.get("rows")).hasSize(2);
        JsonNode cost = m.get("rows").get(0);
        assertThat(cost.get("path").asString()).isEqualTo("产出指标/成本/成本");
        assertThat(cost.get("actual").asString()).isEqualTo("按进度执行,已使用约40%");
        assertThat(cost.get("likelihood").asString()).isEqualTo("确定能");
        JsonNode social = m.get("rows").get(1);
        assertThat(social.get("path").asString()).isEqualTo("效益指标/社会效益/社会效益");
        assertThat(social.get("likelihood").asString()).isEqualTo("确定能");
        assertThat(social.get("status").asString()).isEqualTo("no-data");

        OneShotProcess.Result validated = jixiao.run("validate", "--id", "1");
        assertThat(validated.out()).contains("1-6月执行数 87.57 万元，执行率 39.80%").contains("[monitor-execution-behind]");
    }
}
