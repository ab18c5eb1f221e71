package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.model.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sample forms read by label, shifted cells and all (src/test/resources/samples are verbatim copies). */
class FormReadersTest {
    static final Path NANTONG = Path.of("src/test/resources/samples/nantong-2026-six-forms.md");
    static final Path JIANGNING = Path.of("src/test/resources/samples/jiangning-2026-project-form.txt");

    static List<ImportedForm> read(Path p) {
        return FormFiles.readAll(p, FormFormat.detect(p));
    }

    /** Every 三级 row as "一级/二级/三级|半年|全年", in form order. */
    static List<String> rows(Declaration d) {
        List<String> out = new ArrayList<>();
        for (var l1 : d.tree().level1s()) {
            for (var l2 : l1.children()) {
                for (Indicator i : l2.indicators()) {
                    out.add(l1.name() + "/" + l2.name() + "/" + i.name() + "|" + i.half().text() + "|" + i.full().text());
                }
            }
        }
        return out;
    }

    static List<String> level2s(Declaration d) {
        List<String> out = new ArrayList<>();
        d.tree().level1s().forEach(l1 -> l1.children().forEach(l2 -> out.add(l1.name() + "/" + l2.name())));
        return out;
    }

    @Test
    void sixNantongFormsWithExactTotalsAndIndicatorCounts() {
        List<ImportedForm> forms = read(NANTONG);
        assertThat(forms).allMatch(ImportedForm::isOk);
        assertThat(forms).extracting(f -> f.declaration().name()).containsExactly(
                "医保基金监督检查经费", "医保租赁业务专项", "医疗保障能力提升经费", "医保稽核检查专项", "网络设备设施租赁费", "医保印刷费");
        assertThat(forms).extracting(f -> f.declaration().funding().total().orElseThrow()).containsExactly(
                new BigDecimal("58.17"), new BigDecimal("30"), new BigDecimal("45.4"), new BigDecimal("11"),
                new BigDecimal("5.44"), new BigDecimal("3"));
        assertThat(forms).extracting(f -> f.declaration().tree().indicatorCount()).containsExactly(17, 16, 16, 17, 16, 16);
        assertThat(forms).extracting(f -> f.declaration().header().year()).containsOnly(2026);
        assertThat(forms).extracting(f -> f.location()).containsExactly(NANTONG + ":1", NANTONG + ":51", NANTONG + ":100",
                NANTONG + ":151", NANTONG + ":200", NANTONG + ":248");
    }

    @Test
    void firstFormHeaderFundingAndHalfYearPlanColumn() {
        Declaration d = read(NANTONG).get(0).declaration();
        assertThat(d.header().department()).isEqualTo("南通市医疗保障局");
        assertThat(d.header().projectType()).isEqualTo("常年安排项目");
        assertThat(d.header().projectLevel()).isEqualTo("市本级");
        assertThat(d.header().implementer()).isEqualTo("南通市医疗保障局");
        assertThat(d.header().contact()).isEqualTo("周斌59001573");
        assertThat(d.narrative().necessity()).startsWith("根据部门职责");
        assertThat(d.narrative().midTermGoal()).startsWith("通过绩效目标实施");
        assertThat(d.funding().amount(FundingSource.FISCAL)).contains(new BigDecimal("58.17"));
        assertThat(d.funding().amount(FundingSource.GENERAL_BUDGET)).contains(new BigDecimal("58.17"));
        assertThat(d.funding().amount(FundingSource.GOVERNMENT_FUND)).isEmpty();
        assertThat(d.funding().amount(FundingSource.OTHER)).contains(BigDecimal.ZERO);
        // the 支出 header names only the 半年(程)计划执行数 column: single amounts are half-year plans
        assertThat(d.funding().expenses()).extracting(e -> e.name() + "|" + e.half().orElse(null) + "|" + e.full().orElse(null))
                .containsExactly("医保基金检查|25|null", "举报奖励|0.5|null");
        assertThat(rows(d)).contains("过程/资金管理/预算执行率|=50%|=100%", "满意度指标/服务对象满意度/基金监管公众满意度|≥98%|≥98%",
                "效益指标/社会效益/基金监管宣传提高公众政策、知识、制度或宣传点的知晓率|较高|较高");
        assertThat(level2s(d)).hasSize(14);
    }

    @Test
    void secondFormExpenseWithBothAmounts() {
        Declaration d = read(NANTONG).get(1).declaration();
        assertThat(d.funding().expenses()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("医保租赁业务专项");
            assertThat(e.half()).contains(new BigDecimal("9.7"));
            assertThat(e.full()).contains(new BigDecimal("30"));
        });
        assertThat(rows(d)).containsSubsequence("过程/资金管理/资金到位率|序时进度|100%", "过程/资金管理/预算执行率|=32%|=100%",
                "产出指标/数量指标/租赁车辆车次|≥18辆|≥35辆", "满意度指标/服务对象满意度/公众满意度|不断提升|不断提升");
    }

    @Test
    void fourthFormShiftedRowsLandUnderTheLabelsTheyCarry() {
        ImportedForm f = read(NANTONG).get(3);
        Declaration d = f.declaration();
        // | | 产出指标 | 数量指标 | 监督检查次数 | ≥1次 |: the 一级 sits in the 二级 column, one value lost in conversion
        assertThat(rows(d)).contains("产出指标/数量指标/监督检查次数||≥1次",
                "产出指标/质量指标/经费支出合规性|严格执行相关财经法律法规|严格执行相关财经法律法规",
                "产出指标/时效指标/经费支出时效性|及时|及时",
                "效益指标/可持续影响/对医保经办工作的持续影响程度|较高|较高",
                "满意度指标/服务对象满意度/服务对象满意度|不断提升|不断提升");
        assertThat(level2s(d)).contains("产出指标/质量指标", "产出指标/时效指标", "产出指标/成本指标");
        assertThat(f.diagnostics()).singleElement().satisfies(x -> {
            assertThat(x.location()).isEqualTo(NANTONG + ":190");
            assertThat(x.key()).isEqualTo("io.missing-half");
            assertThat(x.args()).containsExactly("监督检查次数");
        });
    }

    @Test
    void fifthFormMisplacedRowsStayWhereTheFormPutsThem() {
        Declaration d = read(NANTONG).get(4).declaration();
        assertThat(rows(d)).containsExactly(
                "决策/项目立项/立项程序规范性|规范|规范",
                "决策/项目立项/立项依据充分性|充分|充分",
                "决策/绩效目标/绩效目标合理性|合理|合理",
                "决策/绩效目标/绩效指标明确性|明确|明确",
                "过程/资金管理/资金分配合理性|合理|合理",
                "过程/资金管理/预算编制科学性|科学|科学",
                "过程/资金管理/资金使用合规性|合规|合规",
                "过程/组织实施/资金到位率|序时进度|100%",
                "过程/组织实施/预算执行率|=8%|=100%",
                "产出指标/数量指标/制度执行有效性|有效|有效",
                "产出指标/数量指标/管理制度健全性|健全|健全",
                "产出指标/质量指标/发送短信数量|≥210000万条|≥1250000万条",
                "产出指标/时效指标/网络通信覆盖率|全市域|全市域",
                "效益指标/成本指标/电信、移动网络使用效果|快速高效|快速高效",
                "效益指标/社会效益/对经办服务工作的提升影响|较高|较高",
                "满意度指标/服务对象满意度/社会收益群众满意度|不断提升|不断提升");
        // 资金投入 is missing from this form; 可持续影响 (in the 一级 column) is a 二级 of 效益指标
        assertThat(level2s(d)).doesNotContain("决策/资金投入").contains("效益指标/可持续影响", "效益指标/经济效益");
        assertThat(d.funding().expenses()).extracting(e -> e.name() + "|" + e.half().orElseThrow() + "|" + e.full().orElseThrow())
                .containsExactly("平台业务提醒短信发送|0.66|4", "远程经办与安全运维专线租赁|0|1.44");
    }

    @Test
    void sixthFormExpenseAmountsOnTheNextRow() {
        ImportedForm f = read(NANTONG).get(5);
        Declaration d = f.declaration();
        assertThat(d.funding().amount(FundingSource.OTHER)).contains(BigDecimal.ZERO);
        assertThat(d.funding().expenses()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("医保印刷费");
            assertThat(e.half()).contains(new BigDecimal("0.5"));
            assertThat(e.full()).contains(new BigDecimal("3"));
        });
        assertThat(f.diagnostics()).extracting(Diagnostic::key, Diagnostic::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("io.amount-next-row", NANTONG + ":272"));
        assertThat(rows(d)).contains("产出指标/数量指标/印刷数量|≥70000张|≥150000张", "过程/资金管理/预算执行率|=60%|=100%");
    }

    @Test
    void thirdFormEmptySatisfactionLevel2() {
        Declaration d = read(NANTONG).get(2).declaration();
        assertThat(d.tree().level1s().get(4).children()).singleElement()
                .satisfies(l2 -> assertThat(l2.indicators()).isEmpty());
        assertThat(d.funding().expenses()).extracting(e -> e.half().orElseThrow())
                .containsExactly(new BigDecimal("18"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2"));
    }

    @Test
    void jiangningPastedFormWithDistrictNarrativeAndARowBeforeAnyLevel1() {
        List<ImportedForm> forms = read(JIANGNING);
        assertThat(forms).singleElement().satisfies(f -> assertThat(f.isOk()).isTrue());
        ImportedForm f = forms.get(0);
        Declaration d = f.declaration();
        assertThat(d.name()).isEqualTo("医保局业务工作经费");
        assertThat(d.header().year()).isEqualTo(2026);
        assertThat(d.header().department()).isEqualTo("南京市医疗保障局江宁分局");
        assertThat(d.header().projectType()).isEqualTo("分年度安排项目");
        assertThat(d.header().projectLevel()).isEqualTo("区本级");
        assertThat(d.header().implementer()).isEqualTo("南京市医疗保障局江宁分局（本级）");
        assertThat(d.narrative().overview()).startsWith("南京市医疗保障局江宁分局主要承担").doesNotContain("<p>");
        assertThat(d.narrative().feasibilityNote()).startsWith("1. 政策可行").contains("\n2. 需求匹配");
        assertThat(d.narrative().midTermGoal()).startsWith("1、继续加大医疗救助力度");
        assertThat(d.narrative().annualGoal()).startsWith("1、提高医保信息化水平");
        assertThat(d.funding().total()).contains(new BigDecimal("60"));
        assertThat(d.funding().amount(FundingSource.GOVERNMENT_FUND)).contains(BigDecimal.ZERO);
        assertThat(d.funding().expenses()).singleElement().satisfies(e -> {
            assertThat(e.half()).contains(new BigDecimal("30"));
            assertThat(e.full()).contains(new BigDecimal("60"));
        });
        assertThat(d.tree().indicatorCount()).isEqualTo(22);
        assertThat(rows(d)).startsWith("决策/项目立项/立项程序规范性|规范|规范", "决策/项目立项/立项依据充分性|充分|充分");
        assertThat(rows(d)).contains("效益指标/社会效益/市级“15分钟医保服务圈”示范街道覆盖率|=100%|=100%",
                "效益指标/可持续影响/部门运转效率|提升|提升", "满意度指标/服务对象满意度/机关作风满意度|>95%|>98%");
        assertThat(f.diagnostics()).extracting(Diagnostic::key, Diagnostic::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("io.amount-next-row", JIANGNING + ":16"),
                org.assertj.core.groups.Tuple.tuple("io.level1-inferred", JIANGNING + ":28"));
    }

    @Test
    void nonNumericTotalNamesTheLine() {
        String md = "## 项目预算绩效目标表\n\n2026年度\n\n| 项目名称 | 甲 | | 主管部门 | 乙 |\n|---|---|---|---|---|\n"
                + "| 项目资金(万元) | 收入 | | | 全年(程)预算数 |\n| | | 资金总额 | | 三十 |\n"
                + "| 一级指标 | 二级指标 | 三级指标 | 半年(程)指标值 | 全年(程)指标值 |\n| 决策 | 项目立项 | 立项依据充分性 | 充分 | 充分 |\n";
        List<ImportedForm> out = new ArrayList<>();
        MarkdownFormReader.read(new StringReader(md), "bad.md", out::add);
        assertThat(out).singleElement().satisfies(f -> {
            assertThat(f.isOk()).isFalse();
            DomainException e = f.error().orElseThrow();
            assertThat(e.key()).isEqualTo("io.bad-amount");
            assertThat(e.args()).containsExactly("bad.md:8", "资金总额", "三十");
        });
    }

    @Test
    void truncatedTableIsAFailedForm(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(NANTONG);
        Path cut = dir.resolve("cut.md");
        // the first form up to the middle of its 项目资金 block, the last row cut off mid-cell
        Files.writeString(cut, String.join("\n", lines.subList(0, 20)) + "\n|              |  | 社保基金  |   0");
        List<ImportedForm> forms = read(cut);
        assertThat(forms).singleElement().satisfies(f -> {
            assertThat(f.error().orElseThrow().key()).isEqualTo("io.md.unclosed-row");
            assertThat(f.error().orElseThrow().args()).containsExactly(cut + ":21");
        });
        Path noTable = dir.resolve("no-table.md");
        Files.writeString(noTable, String.join("\n", lines.subList(0, 20)) + "\n");
        assertThat(read(noTable)).singleElement().satisfies(f ->
                assertThat(f.error().orElseThrow().key()).isEqualTo("io.no-indicator-table"));
    }

    @Test
    void badJsonNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"schema\": \"jixiao.declaration/1\",\n  \"header\": { \"name\": \"甲\" \n}\n");
        assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.key()).isEqualTo("io.malformed-at");
            assertThat(e.args()[0].toString()).startsWith(bad + ":5:");
            // why, without the parser's own location dump ("(start marker at [Source: REDACTED …])")
            assertThat(e.args()[1].toString()).isNotBlank().doesNotContain("Source", "REDACTED", "[", "`");
        });
    }

    @Test
    void aDocumentWithoutFormsIsRefused(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("report.txt");
        Files.writeString(p, "一、单位概况\t\n南京市医疗保障局成立于2019年1月\t\n");
        assertThatThrownBy(() -> read(p)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("io.no-forms"));
        assertThat(Optional.of(1)).isPresent();
    }
}
