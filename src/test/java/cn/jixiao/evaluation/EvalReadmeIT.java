package cn.jixiao.evaluation;

import cn.jixiao.testsupport.OneShotProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's self-evaluation example runs as written on the tour's form: the commands of "A short tour" build the
 * form (their output is abridged there, so only their exit code is checked), then every command of the example —
 * the console lines between the {@code <!-- eval-example -->} markers — runs through the packaged jar (one-shot, on
 * one fresh database, as the console would run it) and prints exactly the lines that follow it.
 */
class EvalReadmeIT {
    static final String START = "<!-- eval-example -->";
    static final String END = "<!-- /eval-example -->";

    /** One command of a transcript and the lines it prints. */
    record Step(String line, List<String> output) {
    }

    static String readme() throws Exception {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    /** The console commands ({@code jixiao…> command}) of {@code text}'s code blocks, each with the lines after it. */
    static List<Step> steps(String text) {
        List<Step> steps = new ArrayList<>();
        boolean inBlock = false;
        Step current = null;
        for (String line : text.lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                current = null;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            int prompt = line.indexOf("> ");
            if (line.startsWith("jixiao") && prompt > 0 && !line.substring(0, prompt).contains(" ")
                    || line.startsWith("jixiao[") && prompt > 0) {
                current = new Step(line.substring(prompt + 2), new ArrayList<>());
                steps.add(current);
            } else if (current != null) {
                current.output().add(line);
            }
        }
        return steps;
    }

    /** The tour's first block: the commands that build the form the example evaluates. */
    static List<Step> tour(String readme) {
        int start = readme.indexOf("\n## A short tour");
        assertThat(start).as("README has A short tour").isPositive();
        int open = readme.indexOf("```", start);
        int close = readme.indexOf("\n```", open + 3);
        return steps(readme.substring(open, close + 4)).stream()
                .filter(s -> !s.line().equals("tree")).toList();
    }

    static List<Step> example(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README marks its self-evaluation example").isPositive();
        assertThat(end).isGreaterThan(start);
        return steps(readme.substring(start, end));
    }

    @Test
    void theSelfEvaluationExampleRunsAsWrittenOnTheToursForm(@TempDir Path dir) throws Exception {
        String readme = readme();
        List<Step> tour = tour(readme);
        List<Step> example = example(readme);
        assertThat(tour).extracting(Step::line).first().asString().startsWith("new --name 医保租赁业务专项 --year 2026");
        assertThat(example).extracting(Step::line).anyMatch(l -> l.startsWith("eval start"))
                .anyMatch(l -> l.equals("eval show")).anyMatch(l -> l.equals("eval check"));
        Path home = Files.createDirectories(dir.resolve("home"));
        OneShotProcess jixiao = new OneShotProcess(dir, home, home.resolve("data").resolve("jixiao").toString(),
                OneShotProcess.OWN_JVM);
        for (Step s : tour) {
            OneShotProcess.Result r = jixiao.run(Map.of(), words(s.line()).toArray(String[]::new));
            assertThat(r.exit()).as("exit code of the tour's %s: %s", s.line(), r.err()).isZero();
        }
        for (Step s : example) {
            OneShotProcess.Result r = jixiao.run(Map.of(), words(s.line()).toArray(String[]::new));
            assertThat(r.err()).as("stderr of %s", s.line()).isEmpty();
            assertThat(r.out().lines().toList()).as("output of %s", s.line()).containsExactlyElementsOf(s.output());
        }
        assertThat(dir.resolve("自评表.xlsx")).isRegularFile();
    }

    /** Splits a command line as the console does for these examples: spaces, '…' and "…" quoting. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (c == ' ') {
                if (any || !w.isEmpty()) {
                    out.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (any || !w.isEmpty()) {
            out.add(w.toString());
        }
        return out;
    }
}
