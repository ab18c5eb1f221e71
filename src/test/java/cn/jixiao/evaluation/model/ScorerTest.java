package cn.jixiao.evaluation.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.ValueGrammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ScorerTest {
    private static Scorer.Outcome score(String target, String actual, String weight) {
        return Scorer.outcome(ValueGrammar.parse(target), ValueGrammar.parse(actual), Optional.empty(),
                new BigDecimal(weight), Shares.DEFAULT);
    }

    private static String s(String target, String actual, String weight) {
        return score(target, actual, weight).score().map(BigDecimal::toPlainString).orElse("none");
    }

    @ParameterizedTest(name = "{0} vs {1}, weight {2} → {3} (missed {4})")
    @CsvSource(delimiter = '|', textBlock = """
            ≥98%     | 98%    | 10 | 10.00 | false
            ≥98%     | 99.5%  | 10 | 10.00 | false
            ≥98%     | 49%    | 10 | 5.00  | true
            ≥20次    | 15次   | 2  | 1.50  | true
            >95%     | 96%    | 5  | 5.00  | false
            >95%     | 95%    | 5  | 5.00  | true
            >95%     | >95%   | 5  | 5.00  | false
            >2次     | 1次    | 4  | 2.00  | true
            ≤100%    | 76.76% | 2  | 2.00  | false
            ≤100%    | 125%   | 2  | 1.60  | true
            ≤5天     | 10天   | 3  | 1.50  | true
            <5天     | 5天    | 3  | 3.00  | true
            <5天     | 4天    | 3  | 3.00  | false
            =100%    | 100%   | 10 | 10.00 | false
            =100%    | 95%    | 10 | 9.50  | true
            =100%    | 125%   | 10 | 8.00  | true
            100%     | 90%    | 4  | 3.60  | true
            ≥363.21万人 | 362.95万人 | 4 | 4.00 | true
            ≥1       | 3      | 7  | 7.00  | false
            =0%      | 0%     | 5  | 5.00  | false
            """)
    void quantitativeTargets(String target, String actual, String weight, String expected, boolean missed) {
        Scorer.Outcome o = score(target, actual, weight);
        assertThat(o.score()).hasValueSatisfying(v -> assertThat(v.toPlainString()).isEqualTo(expected));
        assertThat(o.missed()).isEqualTo(missed);
    }

    @Test
    void scoresRoundHalfUpToTwoDecimals() {
        assertThat(s("≥3次", "1次", "10")).isEqualTo("3.33");
        assertThat(s("≥3次", "2次", "10")).isEqualTo("6.67");
        assertThat(s("≥8", "1", "1")).isEqualTo("0.13"); // 0.125 → 0.13
    }

    @Test
    void capAtTheWeightAndNeverBelowZero() {
        assertThat(s("≥10件", "1000件", "5")).isEqualTo("5.00");
        assertThat(s("≥10件", "0件", "5")).isEqualTo("0.00");
        assertThat(s("≤10件", "0件", "5")).isEqualTo("5.00");
    }

    @Test
    void qualitativeSharesAndJudgement() {
        var w = new BigDecimal("4");
        var t = ValueGrammar.parse("规范");
        assertThat(Scorer.outcome(t, ValueGrammar.parse("规范"), Optional.empty(), w, Shares.DEFAULT).score())
                .contains(new BigDecimal("4.00"));
        assertThat(Scorer.outcome(t, ValueGrammar.parse("基本规范"), Optional.empty(), w, Shares.DEFAULT).score()).isEmpty();
        assertThat(Scorer.outcome(t, ValueGrammar.parse(""), Optional.of(Achievement.FULL), w, Shares.DEFAULT).score())
                .contains(new BigDecimal("4.00"));
        Scorer.Outcome partly = Scorer.outcome(t, ValueGrammar.parse("基本规范"), Optional.of(Achievement.PARTIAL), w,
                Shares.DEFAULT);
        assertThat(partly.score()).contains(new BigDecimal("3.20"));
        assertThat(partly.missed()).isTrue();
        assertThat(Scorer.outcome(t, ValueGrammar.parse("不规范"), Optional.of(Achievement.NONE), w, Shares.DEFAULT).score())
                .contains(new BigDecimal("0.00"));
        Shares custom = new Shares(new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("10"));
        assertThat(Scorer.outcome(t, ValueGrammar.parse("x"), Optional.of(Achievement.PARTIAL), w, custom).score())
                .contains(new BigDecimal("2.00"));
        assertThat(Scorer.outcome(t, ValueGrammar.parse("x"), Optional.of(Achievement.NONE), w, custom).score())
                .contains(new BigDecimal("0.40"));
        // units that don't compare need a judgement
        assertThat(s("≥935元/人", "1005元", "4")).isEqualTo("none");
    }

    @ParameterizedTest
    @CsvSource({"100, 优", "90, 优", "90.00, 优", "89.99, 良", "80, 良", "79.99, 中", "60, 中", "59.99, 差", "0, 差"})
    void gradeBoundaries(String total, String grade) {
        assertThat(Grade.of(new BigDecimal(total)).label()).isEqualTo(grade);
    }

    @Test
    void gradeParsesChineseAndEnglish() {
        assertThat(Grade.parse("优")).contains(Grade.EXCELLENT);
        assertThat(Grade.parse("poor")).contains(Grade.POOR);
        assertThat(Grade.parse("甲")).isEmpty();
    }

    @Test
    void spreadEvenlyKeepsTheSumExact() {
        assertThat(Scorer.spreadEvenly(new BigDecimal("50"), 3)).extracting(BigDecimal::toPlainString)
                .containsExactly("16.67", "16.67", "16.66");
        assertThat(Scorer.spreadEvenly(new BigDecimal("30"), 2)).extracting(BigDecimal::toPlainString)
                .containsExactly("15", "15");
        assertThat(Scorer.spreadEvenly(new BigDecimal("10"), 0)).isEmpty();
    }

    private static Declaration jiangsu() {
        Declaration d = Declaration.create("测试项目", 2026, "测试局", Framework.JIANGSU);
        var tree = d.tree()
                .add("过程/资金管理", Indicator.of("预算执行率", "=32%", "=100%"))
                .add("产出指标/数量指标", Indicator.of("租赁车辆车次", "≥18辆", "≥35辆"))
                .add("产出指标/质量指标", Indicator.of("车辆完好率", "100%", "100%"))
                .add("产出指标/时效指标", Indicator.of("按时完成率", "100%", "100%"))
                .add("效益指标/社会效益", Indicator.of("保障医保工作正常运转", "有效保障", "有效保障"))
                .add("满意度指标/服务对象满意度", Indicator.of("服务对象满意度", "≥90%", "≥90%"));
        var funding = d.funding().with(FundingSource.TOTAL, Optional.of(new BigDecimal("30")))
                .addExpense(new Expense("医保租赁业务专项", Optional.of(new BigDecimal("9.7")), Optional.of(new BigDecimal("30"))));
        return d.withTree(tree).withFunding(funding).stored(7, 3);
    }

    @Test
    void defaultWeightsFollowTheMinistryRuleAndSumTo100() {
        Declaration d = jiangsu();
        Scorecard card = Scorer.score(d, Evaluation.start(7, 2026), Map.of());
        assertThat(card.weightSum()).isEqualByComparingTo("100");
        assertThat(card.rows().get(0).path()).isEqualTo(Evaluation.EXECUTION);
        assertThat(card.row(Evaluation.EXECUTION).orElseThrow().weight()).isEqualByComparingTo("10");
        assertThat(card.row("产出指标/数量指标/租赁车辆车次").orElseThrow().weight()).isEqualByComparingTo("16.67");
        assertThat(card.row("产出指标/时效指标/按时完成率").orElseThrow().weight()).isEqualByComparingTo("16.66");
        assertThat(card.row("效益指标/社会效益/保障医保工作正常运转").orElseThrow().weight()).isEqualByComparingTo("30");
        assertThat(card.row("满意度指标/服务对象满意度/服务对象满意度").orElseThrow().weight()).isEqualByComparingTo("10");
        assertThat(card.row("过程/资金管理/预算执行率").orElseThrow().weight()).isEqualByComparingTo("0");
        assertThat(card.frameworkWeights()).isFalse();
        assertThat(card.total()).isEqualByComparingTo("0");
        // the 预算执行率 indicator weighs 0 (过程): it is neither listed nor counted as waiting for a score
        assertThat(card.unscored()).isEqualTo(card.rows().size() - 1);
        assertThat(card.listed()).extracting(EvaluationRow::path).doesNotContain("过程/资金管理/预算执行率");
        assertThat(card.unlisted()).isEqualTo(1);
    }

    @Test
    void aWeightSetForARowTakesItsShareFromItsGroup() {
        Evaluation e = Evaluation.start(7, 2026).update("产出指标/数量指标/租赁车辆车次",
                x -> x.withWeight(Optional.of(new BigDecimal("30"))));
        Scorecard card = Scorer.score(jiangsu(), e, Map.of());
        assertThat(card.row("产出指标/数量指标/租赁车辆车次").orElseThrow().weightSource())
                .isEqualTo(EvaluationRow.WeightSource.SET);
        assertThat(card.row("产出指标/质量指标/车辆完好率").orElseThrow().weight()).isEqualByComparingTo("10");
        assertThat(card.weightSum()).isEqualByComparingTo("100");
    }

    @Test
    void executionRateComesFromExecutedOverBudgetAndTheTotalGivesTheGrade() {
        Evaluation e = Evaluation.start(7, 2026).withExecuted(Optional.of(new BigDecimal("28.5")));
        for (String p : List.of("产出指标/数量指标/租赁车辆车次", "产出指标/质量指标/车辆完好率", "产出指标/时效指标/按时完成率",
                "满意度指标/服务对象满意度/服务对象满意度")) {
            e = e.update(p, x -> x.withActual(p.endsWith("车次") ? "33辆" : p.endsWith("满意度") ? "95%" : "100%"));
        }
        e = e.update("效益指标/社会效益/保障医保工作正常运转", x -> x.withAchievement(Optional.of(Achievement.PARTIAL)));
        Scorecard card = Scorer.score(jiangsu(), e, Map.of());
        EvaluationRow exec = card.row(Evaluation.EXECUTION).orElseThrow();
        assertThat(exec.actual()).isEqualTo("95.00%");
        assertThat(exec.score()).contains(new BigDecimal("9.50"));
        assertThat(card.row("过程/资金管理/预算执行率").orElseThrow().actual()).isEqualTo("95.00%");
        // 16.67 × 33/35 = 15.72; 16.67; 16.66; 30 × 80% = 24; 10; 9.50
        assertThat(card.row("产出指标/数量指标/租赁车辆车次").orElseThrow().score()).contains(new BigDecimal("15.72"));
        assertThat(card.total()).isEqualByComparingTo("92.55");
        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void aManualScoreReplacesTheComputedOne() {
        Evaluation e = Evaluation.start(7, 2026).update("满意度指标/服务对象满意度/服务对象满意度",
                x -> x.withActual("80%").withScore(Optional.of(new BigDecimal("5"))).withReason("抽样偏少"));
        EvaluationRow r = Scorer.score(jiangsu(), e, Map.of()).row("满意度指标/服务对象满意度/服务对象满意度").orElseThrow();
        assertThat(r.computed()).contains(new BigDecimal("8.89"));
        assertThat(r.manual()).contains(new BigDecimal("5"));
        assertThat(r.score()).contains(new BigDecimal("5"));
        assertThat(r.missed()).isTrue();
    }

    @Test
    void frameworkWeightsReplaceTheDefaults() {
        Map<String, BigDecimal> fw = Map.of("租赁车辆车次", new BigDecimal("60"), "服务对象满意度", new BigDecimal("40"));
        Scorecard card = Scorer.score(jiangsu(), Evaluation.start(7, 2026), fw);
        assertThat(card.frameworkWeights()).isTrue();
        assertThat(card.row(Evaluation.EXECUTION)).isEmpty();
        assertThat(card.weightSum()).isEqualByComparingTo("100");
        assertThat(card.row("产出指标/质量指标/车辆完好率").orElseThrow().weight()).isEqualByComparingTo("0");
    }
}
