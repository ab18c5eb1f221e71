package cn.jixiao.validation;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.json.Json;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.Monitor;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.monitoring.model.MonitoringEntry;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.MonitoringRule;
import cn.jixiao.validation.model.RecordValidator;
import cn.jixiao.validation.model.Rule;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor-* rules against their fixtures in {@code src/test/resources/validation/<rule-id>/}, as
 * {@link RuleFixturesTest} does for the declaration rules: each fixture holds a declaration (rows of the
 * 医保租赁业务专项 form and others from the samples) and its monitoring record; each {@code bad*.json} must produce
 * exactly the findings of the matching {@code expected*.tsv}, each {@code good*.json} none, with only that rule
 * running. Also: ids, texts in both languages, and the catalogue.
 *
 * <p>A fixture: {@code {"note": "…", "declaration": {…declaration JSON…}, "monitoring": {"asOf": "2026-06-30",
 * "executed": {"<支出 line>": amount}, "executedTotal": amount|null, "rows": [{"path", "actual", "expected",
 * "likelihood", "reason", "measure"}]}}}.
 */
class MonitoringRuleFixturesTest {
    static final String ROOT = "/validation/";

    /** One fixture file of one rule: {@code bad*.json} with its {@code expected*.tsv}, or {@code good*.json}. */
    record Fixture(Rule rule, String file) {
        boolean bad() {
            return file.startsWith("bad");
        }

        String expectedFile() {
            return "expected" + file.substring("bad".length(), file.length() - ".json".length()) + ".tsv";
        }

        @Override
        public String toString() {
            return rule.id() + "/" + file;
        }
    }

    static List<String> fixtureFiles(Rule rule) {
        URL url = MonitoringRuleFixturesTest.class.getResource(ROOT + rule.id());
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && (n.startsWith("bad") || n.startsWith("good")))
                    .sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String path) {
        try (InputStream in = MonitoringRuleFixturesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An expected line: {@code severity<TAB>path<TAB>message-key}, then {@code <TAB>args} joined by " | ". */
    static String line(Finding f, boolean withArgs) {
        String s = f.severity().id() + "\t" + f.path() + "\t" + f.messageKey();
        return withArgs ? s + "\t" + String.join(" | ", f.args()) : s;
    }

    static Stream<Arguments> cases() {
        return RuleCatalog.monitoringRules().stream()
                .flatMap(r -> fixtureFiles(r).stream().map(f -> new Fixture(r, f)))
                .map(Arguments::of);
    }

    /** The declaration and its monitoring record of a fixture file. */
    record Case(Declaration declaration, Monitoring monitoring) {
    }

    static Case read(Fixture f) {
        String where = ROOT + f.rule().id() + "/" + f.file();
        JsonNode root = Json.read(resource(where));
        Declaration d = DeclarationJson.fromJson(root.get("declaration"), where).stored(1, 1);
        JsonNode m = root.get("monitoring");
        Monitoring record = Monitoring.start(1, LocalDate.parse(m.get("asOf").asString()));
        for (var e : m.get("executed").properties()) {
            record = record.withExecuted(e.getKey(), Optional.of(e.getValue().decimalValue()));
        }
        if (!m.get("executedTotal").isNull()) {
            record = record.withExecutedTotal(Optional.of(new BigDecimal(m.get("executedTotal").asString())));
        }
        for (JsonNode r : m.get("rows")) {
            MonitoringEntry entry = new MonitoringEntry(r.get("path").asString(), r.get("actual").asString(),
                    r.get("expected").asString(),
                    r.get("likelihood").isNull() ? Optional.empty() : Likelihood.parse(r.get("likelihood").asString()),
                    r.get("reason").asString(), r.get("measure").asString());
            record = record.update(entry.path(), x -> entry);
        }
        return new Case(d, record);
    }

    static List<Finding> findings(Fixture f) {
        Case c = read(f);
        var report = Monitor.report(c.declaration(), c.monitoring(), RuleContext.builtIn()::kind);
        return new RecordValidator<>(List.of((MonitoringRule) f.rule()), Map.of()).validate(c.declaration(), report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureProducesExactlyTheExpectedFindings(Fixture fixture) {
        List<Finding> found = findings(fixture);
        assertThat(found).allSatisfy(f -> assertThat(f.rule()).isEqualTo(fixture.rule().id()));
        if (!fixture.bad()) {
            assertThat(found).as("%s must not trigger %s", fixture.file(), fixture.rule().id()).isEmpty();
            return;
        }
        List<String> expected = new ArrayList<>();
        for (String l : resource(ROOT + fixture.rule().id() + "/"
                + fixture.expectedFile()).split("\n")) {
            if (!l.isBlank() && !l.startsWith("#")) {
                expected.add(l.stripTrailing());
            }
        }
        assertThat(expected).isNotEmpty();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            boolean withArgs = i < expected.size() && expected.get(i).split("\t", -1).length > 3;
            actual.add(line(found.get(i), withArgs));
        }
        assertThat(actual).as("findings of %s (%s)", fixture, fixture.expectedFile()).containsExactlyElementsOf(expected);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MonitoringRuleFixturesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyMonitoringRuleIsCataloguedWithFixturesAndTextsInBothLanguages() throws IOException {
        List<MonitoringRule> rules = RuleCatalog.monitoringRules();
        assertThat(rules).extracting(Rule::id).containsExactly("monitor-execution-behind", "monitor-behind-half",
                "monitor-at-risk-reason", "monitor-likelihood-inconsistent");
        assertThat(RuleCatalog.all()).noneMatch(r -> r instanceof MonitoringRule);
        assertThat(RuleCatalog.everyRule()).containsAll(rules);
        Set<String> produced = new TreeSet<>();
        cases().map(a -> (Fixture) a.get()[0]).filter(Fixture::bad)
                .forEach(f -> findings(f).forEach(x -> produced.add(x.messageKey())));
        Properties zh = bundle("rules_zh_CN.properties");
        Properties en = bundle("rules_en.properties");
        for (MonitoringRule r : rules) {
            assertThat(RuleCatalog.find(r.id())).contains(r);
            assertThat(r.category()).isEqualTo("monitoring");
            assertThat(r.defaultSeverity()).isEqualTo(Severity.WARNING);
            assertThat(fixtureFiles(r)).as(r.id()).contains("bad.json", "good.json");
            assertThat(produced).as("the fixtures of %s produce a finding", r.id()).anyMatch(k -> k.startsWith("rule." + r.id()));
            for (Properties p : List.of(zh, en)) {
                assertThat(p.getProperty("rule." + r.id() + ".title")).isNotBlank();
                assertThat(p.getProperty("rule." + r.id() + ".explain").lines().count()).isBetween(2L, 6L);
            }
        }
        for (String key : produced) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
        assertThat(bundle("monitor_zh_CN.properties")).containsKey("category.monitoring");
        assertThat(bundle("monitor_en.properties")).containsKey("category.monitoring");
    }
}
