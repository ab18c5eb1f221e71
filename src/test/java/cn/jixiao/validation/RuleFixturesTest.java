package cn.jixiao.validation;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.json.Json;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Rule;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule against its fixtures in {@code src/test/resources/validation/<rule-id>/}: each {@code bad*.json}
 * must produce exactly the findings listed in the matching {@code expected*.tsv} ({@code bad-x.json} →
 * {@code expected-x.tsv}), each {@code good*.json} none, with only that rule running.
 *
 * <p>An expected line is {@code severity<TAB>path<TAB>message-key}, optionally followed by
 * {@code <TAB>args} (the finding's arguments joined with {@code " | "}), which are then compared too.
 * Blank lines and lines starting with {@code #} are ignored.
 */
class RuleFixturesTest {
    static final String ROOT = "/validation/";

    /** One fixture file of one rule. */
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

    static Path ruleDirectory(Rule rule) {
        URL url = RuleFixturesTest.class.getResource(ROOT + rule.id());
        if (url == null) {
            return null;
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> fixtureFiles(Rule rule) {
        Path dir = ruleDirectory(rule);
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && (n.startsWith("bad") || n.startsWith("good")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Fixture> fixtures() {
        return RuleCatalog.all().stream().flatMap(r -> fixtureFiles(r).stream().map(f -> new Fixture(r, f)));
    }

    static Stream<Arguments> cases() {
        return fixtures().map(Arguments::of);
    }

    static String resource(String path) {
        try (InputStream in = RuleFixturesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Declaration declaration(Fixture f) {
        String path = ROOT + f.rule().id() + "/" + f.file();
        return DeclarationJson.fromJson(Json.read(resource(path)), path);
    }

    /** The findings of the fixture with only its own rule running, at built-in severities. */
    static List<Finding> findings(Fixture f) {
        return new Validator(List.of(f.rule()), RuleContext.builtIn(), Map.of()).validate(declaration(f));
    }

    static String line(Finding f, boolean withArgs) {
        String s = f.severity().id() + "\t" + f.path() + "\t" + f.messageKey();
        return withArgs ? s + "\t" + String.join(" | ", f.args()) : s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureProducesExactlyTheExpectedFindings(Fixture fixture) {
        List<Finding> found = findings(fixture);
        assertThat(found).as("findings of rule %s only", fixture.rule().id())
                .allSatisfy(f -> assertThat(f.rule()).isEqualTo(fixture.rule().id()));
        if (!fixture.bad()) {
            assertThat(found).as("%s must not trigger %s", fixture.file(), fixture.rule().id()).isEmpty();
            return;
        }
        List<String> expected = new ArrayList<>();
        for (String l : resource(ROOT + fixture.rule().id() + "/" + fixture.expectedFile()).split("\n")) {
            if (!l.isBlank() && !l.startsWith("#")) {
                expected.add(l.stripTrailing());
            }
        }
        assertThat(expected).as("%s lists at least one finding", fixture.expectedFile()).isNotEmpty();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            boolean withArgs = i < expected.size() && expected.get(i).split("\t", -1).length > 3;
            actual.add(line(found.get(i), withArgs));
        }
        assertThat(actual).as("findings of %s (%s)", fixture, fixture.expectedFile()).containsExactlyElementsOf(expected);
    }
}
