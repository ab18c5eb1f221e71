package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.io.form.FormFiles;
import cn.jixiao.io.form.FormFormat;
import cn.jixiao.json.Json;
import cn.jixiao.model.DomainException;
import cn.jixiao.testsupport.SampleForm;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DeclarationJsonTest {
    private static final SampleForm FORM = SampleForm.load(SampleForm.YIBAO_ZULIN);

    private static Declaration roundTrip(Declaration d) {
        return DeclarationJson.fromJson(Json.read(Json.compact(DeclarationJson.toJson(d))), "test");
    }

    @Test
    void theSampleFormSurvivesJsonToDeclarationToJsonUnchanged() {
        Declaration d = FORM.toDeclaration();
        String first = Json.compact(DeclarationJson.toJson(d));
        Declaration back = DeclarationJson.fromJson(Json.read(first), "sample");
        String second = Json.compact(DeclarationJson.toJson(back));
        assertThat(second).isEqualTo(first);
        assertThat(back).isEqualTo(d);
        // pretty output reads back identically too (show --json, export)
        assertThat(DeclarationJson.fromJson(Json.read(Json.pretty(DeclarationJson.toJson(d))), "pretty")).isEqualTo(d);
    }

    @Test
    void theSampleFormsContentIsAllThere() {
        Declaration d = roundTrip(FORM.toDeclaration());
        assertThat(d.name()).isEqualTo("医保租赁业务专项");
        assertThat(d.header().year()).isEqualTo(2026);
        assertThat(d.header().department()).isEqualTo("南通市医疗保障局");
        assertThat(d.header().implementer()).isEqualTo("南通市医疗保险基金管理中心");
        assertThat(d.header().projectType()).isEqualTo("常年安排项目");
        assertThat(d.narrative().necessity()).startsWith("保障医保工作的正常运转");
        assertThat(d.tree().indicatorCount()).isEqualTo(FORM.indicators().size());
        for (SampleForm.Row r : FORM.indicators()) {
            Indicator i = d.tree().indicator(d.tree().resolve(r.path()).position());
            assertThat(i.half().text()).as(r.path()).isEqualTo(r.half());
            assertThat(i.full().text()).as(r.path()).isEqualTo(r.full());
        }
        assertThat(d.tree().indicator(d.tree().resolve("资金到位率").position()).half())
                .isInstanceOf(IndicatorValue.Schedule.class);
        assertThat(d.tree().indicator(d.tree().resolve("租赁车辆车次").position()).full())
                .isInstanceOfSatisfying(IndicatorValue.Quantitative.class,
                        q -> assertThat(q.number()).isEqualByComparingTo("35"));
    }

    @Test
    void amountsKeepTheirScale() {
        Declaration d = FORM.toDeclaration()
                .withFunding(FORM.toDeclaration().funding()
                        .with(FundingSource.GENERAL_BUDGET, Optional.of(new BigDecimal("30.00")))
                        .with(FundingSource.OTHER, Optional.of(new BigDecimal("58.1725")))
                        .addExpense(new Expense("绿植租赁", Optional.of(new BigDecimal("0.30")), Optional.empty())));
        String json = Json.compact(DeclarationJson.toJson(d));
        assertThat(json).contains("\"total\":30,", "\"general-budget\":30.00,", "\"other\":58.1725",
                "{\"name\":\"医保租赁业务专项\",\"half\":9.7,\"full\":30}",
                "{\"name\":\"绿植租赁\",\"half\":0.30,\"full\":null}");
        Declaration back = roundTrip(d);
        assertThat(back.funding().total().orElseThrow().scale()).isZero();
        assertThat(back.funding().amount(FundingSource.GENERAL_BUDGET).orElseThrow()).isEqualTo(new BigDecimal("30.00"));
        assertThat(back.funding().expenses().get(0).half()).contains(new BigDecimal("9.7"));
        assertThat(back.funding().expenses().get(1).full()).isEmpty();
        assertThat(Json.compact(DeclarationJson.toJson(back))).isEqualTo(json);
    }

    @Test
    void valuesAreKeptExactlyAsEntered() {
        Declaration d = FORM.toDeclaration();
        d = d.withTree(d.tree().add("满意度指标/服务对象满意度", Indicator.of("租车服务满意度", "＞＝９０％", " 不低于 95% ")));
        Declaration back = roundTrip(d);
        Indicator i = back.tree().indicator(back.tree().resolve("租车服务满意度").position());
        assertThat(i.half().text()).isEqualTo("＞＝９０％");
        assertThat(i.half().canonical()).isEqualTo("≥90%");
        assertThat(i.full().text()).isEqualTo(" 不低于 95% ");
        assertThat(i.full().canonical()).isEqualTo("≥95%");
        assertThat(Json.compact(DeclarationJson.toJson(back))).contains("\"half\":\"＞＝９０％\"");
    }

    @Test
    void storedIdAndRevisionAreWrittenOnlyOnceStored() {
        Declaration fresh = FORM.toDeclaration();
        assertThat(DeclarationJson.toJson(fresh).has("id")).isFalse();
        JsonNode stored = DeclarationJson.toJson(fresh.stored(7, 3));
        assertThat(stored.get("id").asLong()).isEqualTo(7);
        assertThat(stored.get("revision").asInt()).isEqualTo(3);
        assertThat(stored.get("schema").asString()).isEqualTo(DeclarationJson.SCHEMA);
        Declaration back = DeclarationJson.fromJson(stored, "test");
        assertThat(back.id()).isEqualTo(7);
        assertThat(back.revision()).isEqualTo(3);
    }

    @Test
    void amountsWrittenAsTextAreAccepted() {
        JsonNode root = Json.read("{\"header\":{\"name\":\"x\",\"year\":2026},\"funding\":{\"sources\":{\"资金总额\":\"1,234.5\"},"
                + "\"expenses\":[{\"name\":\"租车费\",\"half\":\"-\",\"full\":\"12\"}]}}");
        Declaration d = DeclarationJson.fromJson(root, "file");
        assertThat(d.funding().total()).contains(new BigDecimal("1234.5"));
        assertThat(d.funding().expenses().get(0).half()).isEmpty();
        assertThat(d.frameworkId()).isEqualTo("jiangsu-project");
    }

    @Test
    void malformedDocumentsAreRefusedNamingTheSource() {
        assertThat(error("[1]").key()).isEqualTo("json.not-object");
        DomainException schema = error("{\"schema\":\"jixiao.declaration/9\",\"header\":{\"name\":\"x\"}}");
        assertThat(schema.key()).isEqualTo("json.schema");
        assertThat(schema.args()).containsExactly("in.json", "jixiao.declaration/9", DeclarationJson.SCHEMA);
        assertThat(error("{\"header\":{}}").args()).containsExactly("in.json", "header.name");
        assertThat(error("{\"header\":{\"name\":\"x\"},\"funding\":{\"sources\":{\"lottery\":1}}}").key())
                .isEqualTo("json.unknown-source");
        assertThat(error("{\"header\":{\"name\":\"x\"},\"funding\":{\"sources\":{\"total\":true}}}").key())
                .isEqualTo("json.bad-amount");
        assertThat(error("{\"header\":{\"name\":\"x\"},\"funding\":{\"sources\":{\"total\":\"lots\"}}}").key())
                .isEqualTo("amount.bad");
    }

    /**
     * A JSON array is read one declaration at a time without a tree: a bad element, wherever inside it the
     * problem is, fails alone and the next element is read from its start.
     */
    @Test
    void aBadElementOfAnArrayFailsAloneAndTheNextIsReadWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String good = Json.compact(DeclarationJson.toJson(FORM.toDeclaration()));
        java.nio.file.Path file = dir.resolve("forms.json");
        java.nio.file.Files.writeString(file, "[\n" + String.join(",\n",
                "{\"header\":{\"name\":\"甲\"},\"funding\":{\"expenses\":[{\"name\":\"租车费\",\"half\":{\"x\":[1]},\"full\":1}],"
                        + "\"sources\":{\"total\":1}},\"indicators\":[{\"name\":\"产出指标\",\"children\":[]}]}",
                "{\"header\":{\"name\":\"乙\"},\"funding\":{\"sources\":{\"lottery\":{\"a\":1},\"total\":2}}}",
                "7",
                "{\"schema\":\"jixiao.declaration/9\",\"header\":{\"name\":\"丙\"},\"indicators\":[{\"children\":[{}]}]}",
                good) + "\n]\n");
        java.util.List<cn.jixiao.io.form.ImportedForm> forms = new java.util.ArrayList<>();
        FormFiles.read(file, FormFormat.JSON, forms::add);

        assertThat(forms).extracting(f -> f.error().map(DomainException::key).orElse("ok"))
                .containsExactly("json.bad-type", "json.bad-value", "json.not-object", "json.schema", "ok");
        assertThat(java.util.Arrays.stream(forms.get(0).error().orElseThrow().args()).map(String::valueOf))
                .containsExactly(file + ":2 (#1)", "$[0].funding.expenses[0].half", "json.type.amount[]",
                        "json.type.object[]");
        assertThat(java.util.Arrays.stream(forms.get(1).error().orElseThrow().args()).map(String::valueOf))
                .containsExactly(file + ":3 (#2)", "$[1].funding.sources.lottery", "json.unknown-source-name[lottery]");
        assertThat(forms.get(4).location()).isEqualTo(file + ":6 (#5)");
        assertThat(forms.get(4).declaration()).isEqualTo(FORM.toDeclaration());
    }

    /** YAML documents go through the same reader, from their tree: a bad element fails alone there too. */
    @Test
    void aYamlListIsReadElementByElement(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("forms.yaml");
        java.nio.file.Files.writeString(file, """
                - 7
                - header: {name: 乙, year: 2026}
                  funding: {sources: {total: 三十}}
                - header: {name: 丙, year: "2026"}
                  funding: {sources: {total: "1,234.5"}}
                """);
        java.util.List<cn.jixiao.io.form.ImportedForm> forms = new java.util.ArrayList<>();
        FormFiles.read(file, FormFormat.YAML, forms::add);

        assertThat(forms).extracting(f -> f.error().map(DomainException::key).orElse("ok"))
                .containsExactly("json.not-object", "json.bad-value", "ok");
        assertThat(java.util.Arrays.stream(forms.get(1).error().orElseThrow().args()).map(String::valueOf))
                .containsExactly(file + " (#2)", "$[1].funding.sources.total", "amount.bad[三十]");
        Declaration third = forms.get(2).declaration();
        assertThat(third.name()).isEqualTo("丙");
        assertThat(third.header().year()).isEqualTo(2026);
        assertThat(third.funding().total()).contains(new BigDecimal("1234.5"));
    }

    @Test
    void theStreamedTextAndTheTreeSayTheSame() {
        Declaration d = FORM.toDeclaration().stored(12, 4);
        String text = DeclarationJson.compact(d);
        assertThat(Json.compact(DeclarationJson.toJson(d))).isEqualTo(text);
        assertThat(DeclarationJson.fromJson(text, "text")).isEqualTo(d);
        assertThat(DeclarationJson.fromJson(Json.read(text), "tree")).isEqualTo(d);
        assertThat(text).startsWith("{\"schema\":\"jixiao.declaration/1\",\"id\":12,\"revision\":4,\"framework\":");
        assertThat(DeclarationJson.pretty(d)).isEqualTo(Json.pretty(DeclarationJson.toJson(d)));
    }

    private static DomainException error(String json) {
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> DeclarationJson.fromJson(Json.read(json), "in.json"));
        assertThat(e).as(json).isNotNull();
        return e;
    }
}
