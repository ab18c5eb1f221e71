package cn.jixiao.validation;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.io.form.ImportedForm;
import cn.jixiao.io.form.MarkdownFormReader;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six Nantong sample forms, read as officers have them and validated with the whole catalogue: the findings
 * a reviewer would give. Tree knowledge is the built-in one (the Jiangsu framework and the common indicators).
 */
class SampleFormsValidationTest {
    private static final List<Declaration> FORMS = new ArrayList<>();
    private static final Validator VALIDATOR = new Validator(RuleCatalog.all(), RuleContext.builtIn(), Map.of());

    @BeforeAll
    static void read() throws Exception {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                SampleFormsValidationTest.class.getResourceAsStream("/samples/nantong-2026-six-forms.md")),
                StandardCharsets.UTF_8)) {
            MarkdownFormReader.read(in, "nantong-2026-six-forms.md", f -> FORMS.add(ok(f)));
        }
        assertThat(FORMS).hasSize(6);
    }

    private static Declaration ok(ImportedForm f) {
        assertThat(f.isOk()).as(f.label()).isTrue();
        return f.declaration();
    }

    private static Declaration form(String name) {
        return FORMS.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Finding> findings(String name, String rule) {
        return VALIDATOR.validate(form(name)).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void leasingDeclares32PercentAgainstAPlanOf9Point7Of30AndIsNotFlagged() {
        assertThat(findings("医保租赁业务专项", "execution-rate-vs-plan")).isEmpty();
    }

    @Test
    void fundSupervisionDeclares50PercentAgainstAPlanOf25Point5Of58Point17() {
        assertThat(findings("医保基金监督检查经费", "execution-rate-vs-plan"))
                .extracting(Finding::path, Finding::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("过程/资金管理/预算执行率",
                        List.of("=50%", "43.8%", "25.5", "58.17")));
    }

    @Test
    void formsWithShiftedRowsGetMisplacedIndicator() {
        List<String> misplaced = FORMS.stream()
                .flatMap(d -> VALIDATOR.validate(d).stream())
                .filter(f -> f.rule().equals("misplaced-indicator"))
                .map(Finding::path)
                .toList();
        assertThat(misplaced).contains("过程/资金管理/资金分配合理性", "过程/组织实施/预算执行率",
                "产出指标/数量指标/制度执行有效性");
    }

    @Test
    void anEmptySatisfactionSectionIsAnError() {
        List<Finding> f = findings("医疗保障能力提升经费", "satisfaction-missing");
        assertThat(f).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void aRateWithAQualitativeValueIsFlagged() {
        assertThat(findings("医保基金监督检查经费", "rate-not-numeric")).extracting(Finding::path)
                .contains("效益指标/经济效益/资金使用专款专用率");
    }

    @Test
    void theShiftedFormLacksTheLevel2sItsRowsSlippedOutOf() {
        assertThat(findings("网络设备设施租赁费", "level2-missing")).extracting(Finding::path)
                .containsExactlyInAnyOrder("决策/资金投入", "产出指标/成本指标");
    }

    @Test
    void cleanFormsOnlyGetInformationAboutEmptySections() {
        assertThat(VALIDATOR.validate(form("医保租赁业务专项")))
                .allMatch(f -> f.severity() != Severity.ERROR, "no errors on 医保租赁业务专项");
    }

    @Test
    void theRealFormsHaveTheirHeaderAndNarrativeFilledInAsTheirLayoutAsks() {
        // the six Nantong forms: all fields of their layout filled in (项目负责人/联系电话, blank on three, is not asked)
        assertThat(FORMS).allSatisfy(d -> assertThat(VALIDATOR.validate(d))
                .filteredOn(f -> f.rule().equals("header-required-blank")).as(d.name()).isEmpty());
        assertThat(FORMS.stream().filter(d -> d.header().contact().isBlank())).hasSize(3);
        // 江宁: 项目概述 and 项目可行性说明 in place of 立项必要性, 实施可行性, 项目实施内容; no dates
        java.nio.file.Path jiangning = java.nio.file.Path.of("src/test/resources/samples/jiangning-2026-project-form.txt");
        Declaration d = cn.jixiao.io.form.FormFiles.readAll(jiangning, cn.jixiao.io.form.FormFormat.detect(jiangning))
                .get(0).declaration();
        assertThat(d.header().startTime()).isBlank();
        assertThat(d.narrative().necessity()).isBlank();
        assertThat(VALIDATOR.validate(d)).filteredOn(f -> f.rule().equals("header-required-blank")).isEmpty();
        // the same form with its 项目可行性说明 lost is flagged, naming it
        Declaration lost = cn.jixiao.declaration.model.HeaderField.FEASIBILITY_NOTE.set(d, "");
        assertThat(VALIDATOR.validate(lost)).filteredOn(f -> f.rule().equals("header-required-blank"))
                .extracting(Finding::path, Finding::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("header", List.of("项目可行性说明")));
    }
}
