package cn.jixiao.validation;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.evaluation.model.Grade;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.RecordValidator;
import cn.jixiao.validation.model.Rule;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The eval-* rules, each on an evaluation that breaks it and on one that doesn't. */
class EvaluationRulesTest {
    private static final String CARS = "产出指标/数量指标/租赁车辆车次";
    private static final String SATISFACTION = "满意度指标/服务对象满意度/服务对象满意度";
    private static final String EFFECT = "效益指标/社会效益/保障医保工作正常运转";

    /** Execution 10 + 产出 50 + 效益 30 + 满意度 10 = 100. */
    private static Declaration declaration() {
        Declaration d = Declaration.create("测试项目", 2026, "测试局", Framework.JIANGSU);
        return d.withTree(d.tree()
                .add("产出指标/数量指标", Indicator.of("租赁车辆车次", "≥18辆", "≥35辆"))
                .add("效益指标/社会效益", Indicator.of("保障医保工作正常运转", "有效保障", "有效保障"))
                .add("满意度指标/服务对象满意度", Indicator.of("服务对象满意度", "≥90%", "≥90%"))).stored(1, 1);
    }

    /** Everything met: 10 (execution, scored by hand) + 50 + 30 + 10. */
    private static Evaluation good() {
        return Evaluation.start(1, 2026)
                .update(Evaluation.EXECUTION, x -> x.withActual("100%"))
                .update(CARS, x -> x.withActual("36辆"))
                .update(EFFECT, x -> x.withAchievement(Optional.of(Achievement.FULL)))
                .update(SATISFACTION, x -> x.withActual("96%"));
    }

    private static List<String> findings(Evaluation e) {
        Declaration d = declaration();
        return new RecordValidator<>(RuleCatalog.evaluationRules(), Map.of()).validate(d, Scorer.score(d, e, Map.of())).stream()
                .map(f -> f.rule() + " " + f.severity().id() + " " + f.path() + " " + f.args()).toList();
    }

    @Test
    void aGoodEvaluationHasNoFindings() {
        assertThat(findings(good())).isEmpty();
        assertThat(findings(good().withStatedGrade(Optional.of(Grade.EXCELLENT)))).isEmpty();
    }

    @Test
    void weightsSum() {
        Evaluation bad = good().update(CARS, x -> x.withWeight(Optional.of(new BigDecimal("45"))));
        assertThat(findings(bad)).containsExactly("eval-weights-sum error 权重 [95]");
        assertThat(findings(bad.update(EFFECT, x -> x.withWeight(Optional.of(new BigDecimal("35")))))).isEmpty();
    }

    @Test
    void scoreCap() {
        Evaluation over = good().update(SATISFACTION, x -> x.withScore(Optional.of(new BigDecimal("12"))).withReason("加分"));
        assertThat(findings(over)).contains("eval-score-cap error " + SATISFACTION + " [12, 10]");
        Evaluation zero = good().update(SATISFACTION, x -> x.withScore(Optional.of(BigDecimal.ZERO)).withReason("数据造假"));
        assertThat(findings(zero)).noneMatch(f -> f.startsWith("eval-score-cap"));
        Evaluation full = good().update(SATISFACTION, x -> x.withScore(Optional.of(BigDecimal.TEN)).withReason("复核"));
        assertThat(findings(full)).isEmpty();
    }

    @Test
    void deviationReason() {
        Evaluation missed = good().update(CARS, x -> x.withActual("30辆"));
        assertThat(findings(missed)).containsExactly("eval-deviation-reason warning " + CARS + " [≥35辆, 30辆]");
        assertThat(findings(missed.update(CARS, x -> x.withReason("两辆车检修停运")))).isEmpty();
        Evaluation partly = good().update(EFFECT, x -> x.withAchievement(Optional.of(Achievement.PARTIAL)));
        assertThat(findings(partly)).containsExactly("eval-deviation-reason warning " + EFFECT + " [有效保障, 部分达成]");
    }

    @Test
    void grade() {
        Evaluation stated = good().withStatedGrade(Optional.of(Grade.GOOD));
        assertThat(findings(stated)).containsExactly("eval-grade error 等级 [良, 100.00, 优]");
        // 84.29 with 24 of 35 cars: 良 is right
        Evaluation lower = good().update(CARS, x -> x.withActual("24辆").withReason("检修")).withStatedGrade(Optional.of(Grade.GOOD));
        assertThat(findings(lower)).isEmpty();
    }

    @Test
    void scoreOverride() {
        Evaluation manual = good().update(SATISFACTION, x -> x.withScore(Optional.of(new BigDecimal("8"))).withReason("抽样"));
        assertThat(findings(manual)).containsExactly("eval-score-override warning " + SATISFACTION + " [8, 10.00, 抽样]");
    }

    @Test
    void everyEvaluationRuleIsCataloguedWithMessagesInBothLanguages() throws IOException {
        List<EvaluationRule> rules = RuleCatalog.evaluationRules();
        assertThat(RuleCatalog.all()).noneMatch(r -> r instanceof EvaluationRule);
        assertThat(RuleCatalog.find("eval-grade")).containsInstanceOf(cn.jixiao.validation.rules.EvalGrade.class);
        assertThat(RuleCatalog.everyRule()).containsAll(rules);
        assertThat(rules).extracting(Rule::id).containsExactly("eval-weights-sum", "eval-score-cap",
                "eval-deviation-reason", "eval-grade", "eval-score-override");
        for (String bundle : List.of("eval_zh_CN.properties", "eval_en.properties", "eval.properties")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/" + bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(p).containsKey("category.evaluation");
            for (Rule r : rules) {
                assertThat(r.category()).isEqualTo("evaluation");
                assertThat(p).as(bundle).containsKeys("rule." + r.id(), "rule." + r.id() + ".title",
                        "rule." + r.id() + ".explain");
            }
        }
    }
}
