package cn.jixiao.validation;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.evaluation.model.Scorer;
import cn.jixiao.monitoring.model.Monitor;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.validation.RuleFixtures.Case;
import cn.jixiao.validation.RuleFixtures.Kind;
import cn.jixiao.validation.RuleFixtures.Mark;
import cn.jixiao.validation.model.Change;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.FixableRule;
import cn.jixiao.validation.model.EvaluationRule;
import cn.jixiao.validation.model.Fixer;
import cn.jixiao.validation.model.MonitoringRule;
import cn.jixiao.validation.model.RecordValidator;
import cn.jixiao.validation.model.Rule;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule against its fixtures in {@code src/test/resources/validation/<rule-id>/cases.txt} (the format is
 * described in {@link RuleFixtures}): each {@code bad} case must produce exactly its {@code !} findings, in
 * order, each {@code good} case none, with only that rule running. A declaration rule sees the form; a
 * {@code monitor-*} rule the form with the monitoring record its {@code monitor} edits build, worked out as
 * {@code monitor show} and {@code validate} work it out; an {@code eval-*} rule the form with the self-evaluation its
 * {@code eval} edits build, scored as {@code eval show} scores it (at the 财预〔2020〕10号 default weights). Each {@code fix} case (of a fixable rule, and
 * of {@code fix/cases.txt} for the whole catalogue, as the {@code fix} command runs it) must turn its input into
 * its output, report exactly its {@code ~} changes, and leave nothing to fix when run again.
 */
class RuleFixturesTest {
    /** The directory of the {@code fix} command's cases: the fixable rules of the whole catalogue. */
    static final String FIX = "fix";

    /** The rules checked by fixtures: the declaration rules, the monitor-* and the eval-* rules. */
    static List<Rule> rules() {
        return Stream.of(RuleCatalog.all(), RuleCatalog.monitoringRules(), RuleCatalog.evaluationRules())
                .<Rule>flatMap(List::stream).toList();
    }

    static Stream<Case> ruleCases() {
        return rules().stream().flatMap(r -> RuleFixtures.cases(r.id()).stream())
                .filter(c -> c.kind() != Kind.FIX);
    }

    static Stream<Case> fixCases() {
        return Stream.concat(RuleCatalog.all().stream().map(Rule::id), Stream.of(FIX))
                .flatMap(id -> RuleFixtures.cases(id).stream()).filter(c -> c.kind() == Kind.FIX);
    }

    static Rule rule(Case c) {
        return RuleCatalog.find(c.dir()).orElseThrow();
    }

    /** The case named {@code name} of rule {@code id}'s fixtures. */
    static Case find(String id, String name) {
        return RuleFixtures.cases(id).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The findings of the case with only its own rule running, at built-in severities. */
    static List<Finding> findings(Case c) {
        Optional<Monitoring> record = c.monitoring();
        Optional<Evaluation> evaluation = c.evaluation();
        if (rule(c) instanceof MonitoringRule monitoring) {
            assertThat(record).as("%s: a monitor-* case starts its record with 'monitor start'", c.where()).isPresent();
            assertThat(evaluation).as("%s: eval edits only in the fixtures of an eval-* rule", c.where()).isEmpty();
            Declaration d = c.input().stored(1, 1);
            var report = Monitor.report(d, record.get(), RuleContext.builtIn()::kind);
            return new RecordValidator<>(List.of(monitoring), Map.of()).validate(d, report);
        }
        assertThat(record).as("%s: monitor edits only in the fixtures of a monitor-* rule", c.where()).isEmpty();
        if (rule(c) instanceof EvaluationRule eval) {
            assertThat(evaluation).as("%s: an eval-* case starts its evaluation with 'eval start'", c.where()).isPresent();
            Declaration d = c.input().stored(1, 1);
            // the 财预〔2020〕10号 default weights: no framework template is read here
            var card = Scorer.score(d, evaluation.get(), Map.of());
            return new RecordValidator<>(List.of(eval), Map.of()).validate(d, card);
        }
        assertThat(evaluation).as("%s: eval edits only in the fixtures of an eval-* rule", c.where()).isEmpty();
        return new Validator(List.of(rule(c)), RuleContext.builtIn(), Map.of()).validate(c.input());
    }

    private static String line(String severity, String path, String key, String args) {
        return severity + " " + path + " " + key + (args == null ? "" : " " + args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void theRuleFindsExactlyTheMarkedFindings(Case c) {
        List<Finding> found = findings(c);
        assertThat(found).as("findings of rule %s only", c.dir()).allSatisfy(f -> assertThat(f.rule()).isEqualTo(c.dir()));
        if (c.kind() == Kind.GOOD) {
            assertThat(c.findings()).as("%s: a good case marks no finding", c.where()).isEmpty();
            assertThat(found).as("%s must not trigger %s", c.where(), c.dir()).isEmpty();
            return;
        }
        assertThat(c.findings()).as("%s marks at least one finding", c.where()).isNotEmpty();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            boolean withArgs = i < c.findings().size() && c.findings().get(i).args() != null;
            actual.add(line(f.severity().id(), f.path(), f.messageKey(), withArgs ? String.join(" | ", f.args()) : null));
        }
        for (Mark m : c.findings()) {
            expected.add(line(m.severity(), m.path(), m.key(), m.args()));
        }
        assertThat(actual).as("findings of %s", c.where()).containsExactlyElementsOf(expected);
    }

    private static String change(Change c) {
        return c.rule() + " " + c.path() + " " + c.before() + " → " + c.after();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixCases")
    void theFixTurnsTheInputIntoTheOutput(Case c) {
        List<Rule> rules = c.dir().equals(FIX) ? RuleCatalog.all() : List.of(rule(c));
        Fixer fixer = new Fixer(RuleContext.builtIn());
        Fixer.Result result = fixer.fix(c.input(), rules);
        assertThat(DeclarationJson.pretty(result.declaration())).as("%s: the fixed form", c.where())
                .isEqualTo(DeclarationJson.pretty(c.output()));
        assertThat(result.changes()).extracting(RuleFixturesTest::change).as("%s: the changes reported", c.where())
                .containsExactlyElementsOf(c.changes());
        assertThat(fixer.fix(result.declaration(), rules).changes()).as("%s: fixed again", c.where()).isEmpty();
    }

    @Test
    void everyFixableRuleAndTheFixCommandHaveFixCasesThatChangeSomething() {
        List<String> dirs = new ArrayList<>(RuleCatalog.all().stream().filter(r -> r instanceof FixableRule)
                .map(Rule::id).toList());
        dirs.add(FIX);
        for (String dir : dirs) {
            assertThat(fixCases().filter(c -> c.dir().equals(dir)))
                    .as("fix cases in validation/%s/cases.txt", dir).anySatisfy(c -> assertThat(c.changes()).isNotEmpty());
        }
        assertThat(fixCases()).as("fix cases only for fixable rules")
                .allSatisfy(c -> assertThat(c.dir().equals(FIX) || rule(c) instanceof FixableRule).isTrue());
    }

    @Test
    void theBaseFormsAreRealFormsThatReadBackUnchanged() {
        for (String base : List.of("leasing", "fund-supervision", "printing", "audit", "capacity", "network-lease")) {
            Declaration d = RuleFixtures.declaration(base, List.of(), base);
            assertThat(DeclarationJson.fromJson(DeclarationJson.compact(d), base)).isEqualTo(d);
            assertThat(d.tree().level1s()).as(base).hasSizeGreaterThanOrEqualTo(4);
        }
    }
}
