package cn.jixiao.validation;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.shell.UsageException;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.MonitoringRule;
import cn.jixiao.validation.model.Rule;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The catalogue is complete: unique kebab-case ids; for every rule (declaration, monitor-* and eval-*) a title, an explanation and every message
 * key its fixtures produce, in Chinese and English; a fixture directory; identical key sets in both languages;
 * {@code rules.properties} the same as {@code rules_zh_CN.properties}. Also: severity overrides, and the
 * settings file that carries them.
 */
class RuleCatalogTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleCatalogTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String text(String name) throws IOException {
        try (InputStream in = RuleCatalogTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void idsAreUniqueAndKebabCase() {
        List<String> ids = RuleCatalog.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(20);
        assertThat(ids).allMatch(id -> KEBAB.matcher(id).matches(), "kebab-case");
        for (Rule r : RuleCatalog.all()) {
            assertThat(RuleCatalog.find(r.id())).contains(r);
            assertThat(r.defaultSeverity()).as(r.id()).isNotEqualTo(Severity.OFF);
            assertThat(r.category()).as(r.id()).isIn("value", "half-full", "funding", "structure", "wording");
        }
        assertThat(RuleCatalog.all().stream().map(r -> r.getClass()).distinct()).as("one class per rule")
                .hasSameSizeAs(ids);
    }

    @Test
    void everyRuleHasTitleExplanationAndItsFindingKeysInBothLanguages() throws IOException {
        // the declaration and monitor-* rules' texts are in rules*, the eval-* rules' in eval*
        Properties zh = bundle("rules_zh_CN.properties");
        zh.putAll(bundle("eval_zh_CN.properties"));
        Properties en = bundle("rules_en.properties");
        en.putAll(bundle("eval_en.properties"));
        Set<String> produced = new TreeSet<>();
        Map<String, Integer> maxArg = new java.util.HashMap<>();
        RuleFixturesTest.ruleCases().filter(c -> c.kind() == RuleFixtures.Kind.BAD).forEach(c -> {
            for (Finding finding : RuleFixturesTest.findings(c)) {
                produced.add(finding.messageKey());
                maxArg.merge(finding.messageKey(), finding.args().size(), Math::max);
            }
        });
        for (Rule r : RuleFixturesTest.rules()) {
            String base = "rule." + r.id();
            assertThat(produced).as("the fixtures of %s produce a finding", r.id())
                    .anyMatch(k -> k.equals(base) || k.startsWith(base + "."));
            for (Properties p : List.of(zh, en)) {
                assertThat(p.getProperty(base + ".title")).as(base + ".title").isNotBlank();
                String explain = p.getProperty(base + ".explain");
                assertThat(explain).as(base + ".explain").isNotBlank();
                assertThat(explain.lines().count()).as(base + ".explain: what, why, how to fix").isBetween(2L, 6L);
            }
            assertThat(en.getProperty(base + ".title")).as("English title of %s", r.id())
                    .matches(".*[A-Za-z]{3,}.*");
        }
        for (String key : produced) {
            for (Properties p : List.of(zh, en)) {
                String pattern = p.getProperty(key);
                assertThat(pattern).as("message %s", key).isNotBlank();
                // the placeholders are the args the rule passes: none beyond them
                Matcher m = PLACEHOLDER.matcher(pattern);
                while (m.find()) {
                    assertThat(Integer.parseInt(m.group(1))).as("placeholder in %s", key)
                            .isLessThan(maxArg.getOrDefault(key, 0));
                }
            }
        }
    }

    @Test
    void bundlesHaveTheSameKeysAndValidPatternsAndTheBaseBundleIsChinese() throws IOException {
        Properties zh = bundle("rules_zh_CN.properties");
        Properties en = bundle("rules_en.properties");
        assertThat(en.stringPropertyNames()).as("keys of rules_zh_CN in rules_en")
                .containsAll(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).as("keys of rules_en in rules_zh_CN")
                .containsAll(en.stringPropertyNames());
        Set<String> ids = new HashSet<>(RuleCatalog.everyRule().stream().map(Rule::id).toList());
        for (String key : zh.stringPropertyNames()) {
            assertThat(key).as("key of a known rule").startsWith("rule.");
            String rest = key.substring("rule.".length());
            assertThat(ids).as("rule of %s", key).anyMatch(id -> rest.equals(id) || rest.startsWith(id + "."));
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
            // valid for MessageFormat after Messages' quote doubling
            new MessageFormat(zh.getProperty(key).replace("'", "''"), Locale.SIMPLIFIED_CHINESE);
            new MessageFormat(en.getProperty(key).replace("'", "''"), Locale.ENGLISH);
        }
        assertThat(text("rules.properties")).isEqualTo(text("rules_zh_CN.properties"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theMonitoringRulesAreCataloguedApartFromTheDeclarationRules() throws IOException {
        List<MonitoringRule> rules = RuleCatalog.monitoringRules();
        assertThat(rules).extracting(Rule::id).containsExactly("monitor-execution-behind", "monitor-behind-half",
                "monitor-at-risk-reason", "monitor-likelihood-inconsistent");
        assertThat(RuleCatalog.all()).noneMatch(r -> r instanceof MonitoringRule);
        assertThat(RuleCatalog.everyRule()).containsAll(rules);
        for (MonitoringRule r : rules) {
            assertThat(RuleCatalog.find(r.id())).contains(r);
            assertThat(r.category()).isEqualTo("monitoring");
            assertThat(r.defaultSeverity()).isEqualTo(Severity.WARNING);
        }
        assertThat(bundle("monitor_zh_CN.properties")).containsKey("category.monitoring");
        assertThat(bundle("monitor_en.properties")).containsKey("category.monitoring");
    }

    @Test
    void theEvaluationRulesAreCataloguedApartFromTheDeclarationRules() throws IOException {
        List<EvaluationRule> rules = RuleCatalog.evaluationRules();
        assertThat(RuleCatalog.all()).noneMatch(r -> r instanceof EvaluationRule);
        assertThat(RuleCatalog.find("eval-grade")).containsInstanceOf(cn.jixiao.validation.rules.EvalGrade.class);
        assertThat(RuleCatalog.everyRule()).containsAll(rules);
        assertThat(rules).extracting(Rule::id).containsExactly("eval-weights-sum", "eval-score-cap",
                "eval-deviation-reason", "eval-grade", "eval-score-override");
        for (String name : List.of("eval_zh_CN.properties", "eval_en.properties", "eval.properties")) {
            Properties p = bundle(name);
            assertThat(p).containsKey("category.evaluation");
            for (Rule r : rules) {
                assertThat(r.category()).isEqualTo("evaluation");
                assertThat(p).as(name).containsKeys("rule." + r.id(), "rule." + r.id() + ".title",
                        "rule." + r.id() + ".explain");
            }
        }
    }

    @Test
    void everyRuleHasFixturesWithBadAndGoodCases() {
        for (Rule r : RuleFixturesTest.rules()) {
            List<RuleFixtures.Case> cases = RuleFixtures.cases(r.id());
            assertThat(cases).as("src/test/resources/validation/%s/cases.txt", r.id())
                    .anyMatch(c -> c.kind() == RuleFixtures.Kind.BAD).anyMatch(c -> c.kind() == RuleFixtures.Kind.GOOD);
            assertThat(cases.stream().map(RuleFixtures.Case::name)).as("case names of %s", r.id()).doesNotHaveDuplicates();
        }
    }

    private static Rule rule(String id) {
        return RuleCatalog.find(id).orElseThrow();
    }

    private static Declaration fixture(String id, String name) {
        return RuleFixturesTest.find(id, name).input();
    }

    private static FlatView view(String id, String name) {
        return FlatView.of(fixture(id, name), RuleContext.builtIn());
    }

    @Test
    void anOverrideTurnsARuleOffOrChangesItsSeverity() {
        Declaration d = fixture("execution-rate-vs-plan", "bad");
        List<Rule> rules = List.of(rule("execution-rate-vs-plan"));
        assertThat(new Validator(rules, RuleContext.builtIn(), Map.of()).validate(d))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(new Validator(rules, RuleContext.builtIn(), Map.of("execution-rate-vs-plan", Severity.OFF))
                .validate(d)).isEmpty();
        assertThat(new Validator(rules, RuleContext.builtIn(), Map.of("execution-rate-vs-plan", Severity.WARNING))
                .validate(d)).extracting(Finding::severity).containsExactly(Severity.WARNING);

        // Findings itself, for a rule that picks its own severity per finding (cumulative error, level warning)
        Rule halfFull = rule("half-exceeds-full");
        Findings off = new Findings(Map.of("half-exceeds-full", Severity.OFF));
        halfFull.check(view("half-exceeds-full", "bad"), RuleContext.builtIn(), off);
        assertThat(off.list()).isEmpty();
        Findings info = new Findings(Map.of("half-exceeds-full", Severity.INFO));
        halfFull.check(view("half-exceeds-full", "bad"), RuleContext.builtIn(), info);
        halfFull.check(view("half-exceeds-full", "bad-level"), RuleContext.builtIn(), info);
        assertThat(info.list()).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.INFO);
        assertThat(info.list()).extracting(Finding::messageKey)
                .containsExactly("rule.half-exceeds-full.cumulative", "rule.half-exceeds-full.level");
        // an override of another rule changes nothing
        Findings other = new Findings(Map.of("vague-value", Severity.OFF));
        halfFull.check(view("half-exceeds-full", "bad"), RuleContext.builtIn(), other);
        assertThat(other.list()).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void theFullCatalogueOnACleanFormFindsNothingAtErrorLevel() {
        // the real 医保租赁业务专项 form (the base form leasing): its =32% matches the plan 9.7 / 30
        List<Finding> findings = new Validator(RuleCatalog.all(), RuleContext.builtIn(), Map.of())
                .validate(fixture("execution-rate-vs-plan", "good"));
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings).extracting(Finding::rule).contains("vague-value", "level2-empty");
    }

    @Test
    void settingsReadOverridesFromTheDataDirectory(@TempDir Path home) throws IOException {
        RuleSettings settings = new RuleSettings(home.toString());
        assertThat(settings.overrides()).isEmpty();
        Files.writeString(home.resolve("jixiao.properties"), """
                # my overrides
                jixiao.rules.vague-value=off
                jixiao.rules.level2-empty = warning
                jixiao.rules.comparator-mismatch=ERROR
                jixiao.other=kept
                """, StandardCharsets.UTF_8);
        assertThat(settings.overrides()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "vague-value", Severity.OFF, "level2-empty", Severity.WARNING,
                "comparator-mismatch", Severity.ERROR));
    }

    @Test
    void settingsRejectAnUnknownRuleNamingTheFile(@TempDir Path home) throws IOException {
        Path file = home.resolve("jixiao.properties");
        Files.writeString(file, "jixiao.rules.vague-values=off\n", StandardCharsets.UTF_8);
        UsageException e = catchThrowableOfType(UsageException.class, () -> new RuleSettings(home.toString()).overrides());
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("settings.unknown-rule");
        assertThat(e.args()).containsExactly(file, "jixiao.rules.vague-values");
    }

    @Test
    void settingsRejectABadSeverityNamingTheFile(@TempDir Path home) throws IOException {
        Path file = home.resolve("jixiao.properties");
        Files.writeString(file, "jixiao.rules.vague-value=loud\n", StandardCharsets.UTF_8);
        UsageException e = catchThrowableOfType(UsageException.class, () -> new RuleSettings(home.toString()).overrides());
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("settings.bad-severity");
        assertThat(e.args()).containsExactly(file, "jixiao.rules.vague-value", "loud");
    }
}
