package cn.jixiao.monitoring;

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
 * The README's "Mid-year monitoring" worked example runs as written: every {@code $ ./jixiao …} line of its transcript
 * runs through the packaged jar (one-shot, on a fresh database, in a directory holding the sample form at the path
 * the example names) and prints exactly the lines that follow it.
 */
class MonitoringReadmeIT {
    private static final String SAMPLE = "src/test/resources/samples/nantong-2026-yibao-zulin.md";

    /** One command of the transcript and the lines it prints. */
    record Step(List<String> args, List<String> output) {
    }

    static List<Step> steps() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Mid-year monitoring");
        assertThat(start).as("README has a Mid-year monitoring section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<Step> steps = new ArrayList<>();
        boolean inBlock = false;
        Step current = null; // the command whose output the block's next lines are; none outside a block
        for (String line : section.lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                current = null;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            if (line.startsWith("$ ./jixiao ")) {
                current = new Step(words(line.substring("$ ./jixiao ".length())), new ArrayList<>());
                steps.add(current);
            } else if (current != null) {
                current.output().add(line);
            }
        }
        assertThat(steps).as("commands in the worked example").hasSizeGreaterThan(5);
        return steps;
    }

    /** Splits a command line as a POSIX shell would for these examples: spaces, '…' and "…" quoting. */
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

    @Test
    void theWorkedExampleRunsAsWritten(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve(SAMPLE);
        Files.createDirectories(sample.getParent());
        Files.copy(Path.of(SAMPLE), sample);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path db = home.resolve("data").resolve("jixiao");
        OneShotProcess jixiao = new OneShotProcess(dir, home, db.toString(), OneShotProcess.OWN_JVM);
        for (Step s : steps()) {
            OneShotProcess.Result r = jixiao.run(Map.of(), s.args().toArray(String[]::new));
            assertThat(r.err()).as("stderr of %s", s.args()).isEmpty();
            assertThat(r.exit()).as("exit code of %s", s.args()).isZero();
            assertThat(r.out().lines().toList()).as("output of ./jixiao %s", String.join(" ", s.args()))
                    .containsExactlyElementsOf(s.output());
        }
        assertThat(dir.resolve("监控表.xlsx")).isRegularFile();
        assertThat(dir.resolve("监控表.md")).isRegularFile();
    }
}
