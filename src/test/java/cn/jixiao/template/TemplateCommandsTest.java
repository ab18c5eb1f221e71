package cn.jixiao.template;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.TemplateRef;
import cn.jixiao.json.Json;
import cn.jixiao.model.DomainException;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.testsupport.SampleForm;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template commands on the shipped catalogue and on the sample forms. */
class TemplateCommandsTest extends ShellTestSupport {
    private static final SampleForm ZULIN = SampleForm.load(SampleForm.YIBAO_ZULIN);

    private JsonNode template(String id) throws Exception {
        for (JsonNode n : json("template list --json")) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        return null;
    }

    @Test
    void listJsonHasTheDocumentedShape() throws Exception {
        JsonNode list = json("template list --json");
        assertThat(list.isArray()).isTrue();
        for (JsonNode n : list) {
            assertThat(n.propertyNames()).containsExactly("id", "title", "kind", "version", "indicators", "source",
                    "author");
            assertThat(n.get("source").asString()).as("where the newest version came from").isNotBlank();
            assertThat(n.get("kind").asString()).isIn("framework", "indicators");
            assertThat(n.get("version").asInt()).isPositive();
        }
        assertThat(template("common").get("indicators").asInt()).isEqualTo(11);
        assertThat(template("common").get("kind").asString()).isEqualTo("indicators");
        assertThat(template("jiangsu-project").get("kind").asString()).isEqualTo("framework");
        assertThat(template("department-self-evaluation").get("indicators").asInt()).isEqualTo(41);
        assertThat(joined("template list")).contains("fund-supervision", "基金监管与稽核检查", "指标集");
    }

    @Test
    void showListsTheIndicatorsAndLintOfAShippedIdIsClean() throws Exception {
        String out = joined("template show leasing");
        assertThat(out).startsWith("leasing 租赁（指标集，第 ").contains("包含：general", "产出指标/数量指标/租赁车辆车次", "≥18辆", "累计型");
        assertThat(one("template lint common")).isEqualTo("common：没有问题");
        assertThat(one("template lint templates/indicators/printing.yaml")).endsWith("printing.yaml：没有问题");
        DomainException e = failure("template show no-such-template");
        assertThat(e.key()).isEqualTo("template.unknown");
    }

    @Test
    void applyAddsMissingIndicatorsWithDefaultsAndLeavesExistingOnesAlone() throws Exception {
        long id = create(ZULIN.name() + "（模板）", 2026, ZULIN.department());
        SampleForm.Row rate = ZULIN.row("预算执行率");
        SampleForm.Row cars = ZULIN.row("租赁车辆车次");
        run("add " + rate.parent() + " " + rate.name() + " --half " + rate.half() + " --full " + rate.full());
        run("add " + cars.parent() + " " + cars.name() + " --half " + cars.half() + " --full " + cars.full());
        List<String> out = run("template apply leasing --id " + id);
        String last = out.get(out.size() - 1);
        // leasing includes general, which includes common: 11 + 5 + 3 = 19 indicators, 2 already there
        assertThat(last).startsWith("已应用模板 leasing：添加 17 个指标，跳过 2 个");
        assertThat(out).anyMatch(l -> l.startsWith("= 过程/资金管理/预算执行率") && l.contains("已有"))
                .anyMatch(l -> l.startsWith("+ 决策/项目立项/立项依据充分性  充分 / 充分"));
        Declaration d = repository.load(id);
        assertThat(d.tree().find("过程", "资金管理", "预算执行率").orElseThrow().half().text()).isEqualTo("=32%");
        assertThat(d.tree().find("过程", "资金管理", "资金到位率").orElseThrow().half().text()).isEqualTo("序时进度");
        assertThat(d.tree().find("产出指标", "数量指标", "租赁车辆车次").orElseThrow().full().text()).isEqualTo("≥35辆");
        assertThat(d.tree().indicatorCount()).isEqualTo(19);
        assertThat(d.templates()).extracting(TemplateRef::id).containsExactly("leasing");
        JsonNode shown = json("show --json --id " + id);
        assertThat(shown.get("templates").get(0).get("id").asString()).isEqualTo("leasing");
        assertThat(shown.get("templates").get(0).get("version").asInt()).isEqualTo(template("leasing").get("version").asInt());

        // applying again adds nothing
        List<String> again = run("template apply leasing common --id " + id);
        assertThat(again.get(again.size() - 1)).startsWith("已应用模板 leasing、common：添加 0 个指标，跳过 19 个");
    }

    @Test
    void newWithAFrameworkAndTemplates() throws Exception {
        List<String> out = run("new --name 部门整体自评测试 --year 2023 --framework department-self-evaluation");
        long id = idIn(out.get(0));
        Declaration d = repository.load(id);
        assertThat(d.frameworkId()).isEqualTo("department-self-evaluation");
        assertThat(d.tree().level1s()).extracting(l -> l.name()).containsExactly("决策", "过程", "履职", "效益", "可持续发展", "满意度");
        assertThat(d.templates()).extracting(TemplateRef::id).containsExactly("department-self-evaluation");

        List<String> withSets = run("new --name 基金监管模板测试 --year 2026 --template fund-supervision,printing");
        Declaration e = repository.load(idIn(withSets.get(0)));
        assertThat(e.tree().find("产出指标", "数量指标", "印刷数量")).isPresent();
        assertThat(e.tree().find("产出指标", "数量指标", "基金监管培训参训率")).isPresent();
        assertThat(e.templates()).extracting(TemplateRef::id).containsExactly("fund-supervision", "printing");
        assertThat(withSets.get(withSets.size() - 1)).startsWith("已应用模板 fund-supervision、printing：添加 31 个指标，跳过 0 个");

        assertThat(failure("new --name x --year 2026 --framework common").key()).isEqualTo("template.not-framework");
    }

    @Test
    void harvestOverTheSixSampleFormsFindsTheElevenCommonIndicatorsInEveryForm() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/templates-harvest"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Declaration d = DeclarationJson.fromJson(Json.read(Files.readString(p)), p.toString());
                ids.add(repository.create(d, "test").id());
            }
        }
        String idList = String.join(",", ids.stream().map(String::valueOf).toList());
        List<String> out = run("template harvest --ids " + idList + " --min-count 6 --save-as harvested-common");
        assertThat(out.get(0)).isEqualTo("从 6 张申报表归纳出 11 个指标");
        List<String> rows = out.subList(2, 13);
        assertThat(rows).allMatch(l -> l.strip().startsWith("6  "));
        assertThat(rows).anyMatch(l -> l.contains("决策/资金投入/资金分配合理性") && l.contains("5/6"));
        assertThat(out.get(out.size() - 1)).startsWith("已存模板 harvested-common 第 1 版（11 个指标）");
        assertThat(template("harvested-common").get("indicators").asInt()).isEqualTo(11);
        assertThat(one("template lint harvested-common")).endsWith("没有问题");
    }

    @Test
    void diffBetweenVersionsAndExportImportRoundTrip(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("printing-copy.yaml");
        String original = Files.readString(Path.of("templates/indicators/printing.yaml")).replace("id: printing", "id: printing-copy");
        Files.writeString(file, original);
        assertThat(one("template import " + file)).startsWith("已存模板 printing-copy 第 1 版");
        // the same content again: no new version
        assertThat(one("template import " + file)).startsWith("模板 printing-copy 未变，仍为第 1 版");
        Files.writeString(file, original.replace("half: ≥70000张", "half: ≥80000张")
                .replace("    kind: level\n    aliases: [印刷质量标准]\n", "    kind: level\n"));
        assertThat(one("template import " + file)).startsWith("已存模板 printing-copy 第 2 版");
        List<String> diff = run("template diff printing-copy");
        assertThat(diff.get(0)).isEqualTo("模板 printing-copy 第 1 版 → 第 2 版：2 处变化");
        assertThat(diff).anyMatch(l -> l.startsWith("~ 产出指标/数量指标/印刷数量  ≥70000张 / ≥150000张") && l.contains("→ ≥80000张 / ≥150000张"));
        assertThat(diff).anyMatch(l -> l.startsWith("~ 产出指标/质量指标/质量标准") && l.contains("aliases=印刷质量标准"));
        assertThat(joined("template show printing-copy --version 1")).contains("≥70000张");

        Path exported = dir.resolve("exported.yaml");
        assertThat(one("template export printing-copy --version 1 --out " + exported))
                .isEqualTo("已导出模板 printing-copy 第 1 版到 " + exported);
        assertThat(Files.readString(exported)).isEqualTo(original);
        // importing version 1 back makes it the newest again, as version 3
        assertThat(one("template import " + exported)).startsWith("已存模板 printing-copy 第 3 版");
        assertThat(run("template diff printing-copy --from 1 --to 3").get(0)).endsWith("0 处变化");

        // a declaration's tree saved as a set, exported and imported under a new id
        long id = create("模板导出测试", 2026, "南通市医疗保障局");
        run("template apply leasing --id " + id);
        assertThat(one("template save --from " + id + " --id from-declaration")).startsWith("已存模板 from-declaration 第 1 版（19 个指标）");
        Path saved = dir.resolve("saved.yaml");
        run("template export from-declaration --out " + saved);
        Files.writeString(saved, Files.readString(saved).replace("id: from-declaration", "id: from-declaration-2"));
        assertThat(one("template import " + saved)).startsWith("已存模板 from-declaration-2 第 1 版（19 个指标）");
        assertThat(run("template diff from-declaration-2 --from 1 --to 1").get(0)).endsWith("0 处变化");
    }

    @Test
    void aBadTemplateFileNamesFileAndLineAndChangesNothing() throws Exception {
        String before = joined("template list --json");
        for (String bad : List.of("unknown-path.yaml", "duplicate.yaml", "bad-value.yaml", "unknown-include.yaml",
                "syntax.yaml", "unknown-framework.yaml")) {
            String file = "src/test/resources/templates-bad/" + bad;
            DomainException e = failure("template import " + file);
            assertThat(e.key()).isEqualTo("template.invalid");
            assertThat(message(e)).startsWith(file + "：");
            assertThatThrownBy(() -> client.sendCommand("template lint " + file))
                    .hasRootCauseInstanceOf(CommandFailedException.class);
        }
        assertThat(joined("template list --json")).isEqualTo(before);
    }
}
