package cn.jixiao.shell;

import cn.jixiao.testsupport.OneShotProcess;
import cn.jixiao.testsupport.OneShotProcess.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** import/export through the launcher and the real jar, one-shot, as scripts use them (OneShotIT's process runner). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportExportIT {
    private static final tools.jackson.databind.json.JsonMapper JSON_READER = tools.jackson.databind.json.JsonMapper.builder().build();

    private Path home;

    private OneShotProcess process;

    /** Every command in a JVM of its own here; {@link ImportExportResidentIT} uses the resident jixiao. */
    boolean resident() {
        return OneShotProcess.OWN_JVM;
    }

    /** The database the steps run against: an H2 file here; {@link ImportExportPostgresIT} gives a PostgreSQL URL. */
    String database(Path home) {
        return home.resolve("data").resolve("jixiao").toString();
    }

    @BeforeAll
    void setUp(@org.junit.jupiter.api.io.TempDir Path home) throws java.io.IOException {
        this.home = home;
        process = new OneShotProcess(home, home, database(home), resident());
    }

    @AfterAll
    void stopServer() throws Exception {
        process.stopServers();
    }

    /** Runs jixiao once with a database of this class's own. */
    Result jixiao(String... args) throws Exception {
        return process.run(args);
    }

    private static final Path SAMPLE = Path.of("src/test/resources/samples/nantong-2026-six-forms.md").toAbsolutePath();

    @Test
    @Order(100)
    void importPrintsOneLinePerFormAndJsonHasNoProgress() throws Exception {
        Result r = jixiao("import", SAMPLE.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(JSON_READER.readTree(r.out()).get("imported")).hasSize(6);
        Result list = jixiao("list", "--json");
        assertThat(JSON_READER.readTree(list.out()).size()).isGreaterThanOrEqualTo(6);
    }

    /** After the import above: every stored declaration validated, in id order, exit 1 for the forms' errors. */
    @Test
    @Order(101)
    void validateAllCoversEveryStoredDeclarationAndExitsOneOnErrors() throws Exception {
        Result list = jixiao("list", "--json");
        Result r = jixiao("validate", "--all", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        var doc = JSON_READER.readTree(r.out());
        var ids = new java.util.ArrayList<Long>();
        doc.get("declarations").forEach(d -> ids.add(d.get("id").asLong()));
        var listed = new java.util.ArrayList<Long>();
        JSON_READER.readTree(list.out()).forEach(d -> listed.add(d.get("id").asLong()));
        assertThat(ids).isEqualTo(listed);
        int errors = 0;
        for (var d : doc.get("declarations")) {
            for (var f : d.get("findings")) {
                errors += f.get("severity").asString().equals("error") ? 1 : 0;
            }
        }
        assertThat(doc.get("errors").asInt()).isEqualTo(errors).isPositive();
        // 医保基金监督检查经费 declares a half-year 预算执行率 of =50% against a plan of 25.5/58.17 = 43.8%
        assertThat(r.out()).contains("execution-rate-vs-plan", "43.8%");
    }

    @Test
    @Order(102)
    void malformedFileExitsTwoWithFileAndLine() throws Exception {
        Path bad = home.resolve("bad.md");
        Files.writeString(bad, Files.readString(SAMPLE).replace("| 58.17          |  |  |  |\n|              |  | 财政拨款",
                "| 五十八          |  |  |  |\n|              |  | 财政拨款"));
        Result r = jixiao("import", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().satisfies(l -> assertThat(l).contains(bad + ":15").contains("五十八"));
    }

    @Test
    @Order(103)
    void exportCsvWithBomAndXlsx() throws Exception {
        Path csv = home.resolve("all.csv");
        Result r = jixiao("export", "--all", "--format", "csv", "--out", csv.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("医保租赁业务专项,2026,产出指标,数量指标,租赁车辆车次,≥18辆,≥35辆");
        Path xlsx = home.resolve("all.xlsx");
        assertThat(jixiao("export", "--all", "--out", xlsx.toString()).exit()).isEqualTo(0);
        Result back = jixiao("import", xlsx.toString(), "--dry-run");
        assertThat(back.exit()).as(back.err()).isEqualTo(0);
        assertThat(back.out()).contains("试读 6 张申报表");
    }

    private static final Path REGIONS = Path.of("src/test/resources/samples/other-regions").toAbsolutePath();

    @Test
    @Order(104)
    void aSelfEvaluationTableImportsWithItsEvaluationAndASichuanFormValidatesUnderItsFramework() throws Exception {
        Result r = jixiao("import", REGIONS.resolve("chizhou-guichi-2022-weituo-selfeval.txt").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        tools.jackson.databind.JsonNode form = JSON_READER.readTree(r.out()).get("imported").get(0);
        assertThat(form.get("name").asString()).isEqualTo("委托业务项目");
        assertThat(form.get("indicators").asInt()).isEqualTo(10);
        Result shown = jixiao("eval", "show", "--json", "--id", form.get("id").asString());
        assertThat(shown.exit()).as(shown.err()).isEqualTo(0);
        assertThat(JSON_READER.readTree(shown.out()).get("total").decimalValue()).isEqualByComparingTo("80");
        // 青神 has no 满意度 row: an error under the 财政部 project framework, and no 决策/过程 asked for
        Result v = jixiao("validate", "--file", REGIONS.resolve("qingshen-2023-gongzi-selfeval.txt").toString(), "--json");
        assertThat(v.exit()).as(v.err()).isEqualTo(1);
        assertThat(v.out()).contains("\"path\" : \"满意度指标\"").doesNotContain("\"path\" : \"决策\"");
    }
}
