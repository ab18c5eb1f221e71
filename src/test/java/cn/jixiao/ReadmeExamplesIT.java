package cn.jixiao;

import cn.jixiao.testsupport.OneShotProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples run as written: every transcript in it — {@code $ ./jixiao …} lines and console lines
 * ({@code jixiao> …}, {@code jixiao[#1 …]> …}) — runs through the packaged jar, one command at a time as a one-shot
 * command, from a directory that looks like the repository's root ({@code src/} and {@code templates/} there), and
 * prints the lines the README shows after it.
 *
 * <p>How a transcript is read (the README's own conventions):
 * <ul>
 *   <li>a line {@code …} stands for any number of lines; {@code …} inside a line for any text;</li>
 *   <li>a console command followed at once by the next prompt shows no output: only its exit code is checked (0, or 1
 *       for a command that reports findings);</li>
 *   <li>each {@code ## } section starts on a fresh database; the comment {@code <!-- readme-test: database of "T" -->}
 *       before a block runs it on the database section T left, {@code <!-- readme-test: after the first transcript
 *       of "T" -->} on a fresh one where T's first transcript ran, and {@code <!-- readme-test: skip … -->} skips the
 *       next block (and says why).</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeExamplesIT {
    private static final Pattern COMMAND = Pattern.compile("^(?:\\$ \\./jixiao|jixiao(?:\\[[^\\]]*])?>)(?: (.*))?$");
    private static final Pattern MARKER = Pattern.compile(
            "^<!-- readme-test: (skip|database of \"([^\"]+)\"|after the first transcript of \"([^\"]+)\").*-->$");
    /** The database key of a block run after replaying another section's first transcript. */
    private static final String AFTER = "after the first transcript of ";

    /** One command of a transcript: its README line, its words and the lines it prints (null: not shown). */
    record Step(int line, String section, List<String> args, List<String> output) {
    }

    /** A transcript block: its section, the section whose database it runs on, and its steps. */
    record Block(String section, String database, List<Step> steps) {
    }

    private final Map<String, OneShotProcess> databases = new LinkedHashMap<>();
    /** Made here and removed after {@link #stopServers()}: the resident jixiaos' data directories live in it. */
    private Path dir;
    private Path root;

    @BeforeAll
    void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("jixiao-readme");
    }

    @AfterAll
    void stopServers() throws Exception {
        try {
            for (OneShotProcess p : databases.values()) {
                p.stopServers();
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String section = "";
        String marker = null;
        List<Step> steps = null; // inside a code block
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (steps == null && line.startsWith("## ")) {
                section = line.substring(3).strip();
            }
            Matcher m = MARKER.matcher(line.strip());
            if (steps == null && m.matches()) {
                marker = m.group(2) != null ? m.group(2) : m.group(3) != null ? AFTER + m.group(3) : "skip";
                continue;
            }
            if (line.startsWith("```")) {
                if (steps == null) {
                    steps = new ArrayList<>();
                } else {
                    if (!steps.isEmpty() && !"skip".equals(marker)) {
                        blocks.add(new Block(section, marker != null ? marker : section, steps));
                    }
                    steps = null;
                    marker = null;
                }
                continue;
            }
            if (steps == null) {
                continue;
            }
            Matcher c = COMMAND.matcher(line);
            if (c.matches()) {
                if (c.group(1) != null && !c.group(1).isBlank()) {
                    steps.add(new Step(i + 1, section, words(c.group(1).strip()), new ArrayList<>()));
                } else {
                    steps.add(new Step(i + 1, section, List.of(), new ArrayList<>())); // the console starts
                }
            } else if (!steps.isEmpty()) {
                steps.get(steps.size() - 1).output().add(line);
            }
        }
        return blocks;
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

    /** Whether {@code actual} is what {@code expected} shows, with its … wildcards. */
    static boolean matches(List<String> expected, List<String> actual) {
        boolean[][] memo = new boolean[expected.size() + 1][actual.size() + 1];
        boolean[][] known = new boolean[expected.size() + 1][actual.size() + 1];
        return matches(expected, actual, 0, 0, memo, known);
    }

    private static boolean matches(List<String> exp, List<String> act, int i, int j, boolean[][] memo, boolean[][] known) {
        if (known[i][j]) {
            return memo[i][j];
        }
        boolean result;
        if (i == exp.size()) {
            result = j == act.size();
        } else if (exp.get(i).strip().equals("…")) {
            result = false;
            for (int k = j; k <= act.size() && !result; k++) {
                result = matches(exp, act, i + 1, k, memo, known);
            }
        } else {
            result = j < act.size() && lineMatches(exp.get(i), act.get(j)) && matches(exp, act, i + 1, j + 1, memo, known);
        }
        known[i][j] = true;
        memo[i][j] = result;
        return result;
    }

    static boolean lineMatches(String expected, String actual) {
        String e = expected.stripTrailing();
        String a = actual.stripTrailing();
        if (!e.contains("…")) {
            return e.equals(a);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : e.split("…", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return a.matches(regex.toString()) || e.equals(a);
    }

    private OneShotProcess database(String name, List<Block> blocks) throws Exception {
        OneShotProcess p = databases.get(name);
        if (p == null) {
            Path home = Files.createDirectories(dir.resolve("home-" + databases.size()));
            p = new OneShotProcess(root, home, home.resolve("data").resolve("jixiao").toString(), OneShotProcess.RESIDENT);
            databases.put(name, p);
            if (name.startsWith(AFTER)) { // that transcript's output is checked where it stands; here it only builds
                String section = name.substring(AFTER.length());
                Block first = blocks.stream().filter(b -> b.section().equals(section)).findFirst().orElseThrow();
                for (Step s : first.steps()) {
                    if (!s.args().isEmpty()) {
                        assertThat(p.run(Map.of(), s.args().toArray(String[]::new)).exit()).as("README.md:%d", s.line())
                                .isIn(0, 1);
                    }
                }
            }
        }
        return p;
    }

    @TestFactory
    Stream<DynamicTest> everyTranscriptRunsAsWritten() throws IOException {
        root = Files.createDirectories(dir.resolve("repo"));
        Files.createSymbolicLink(root.resolve("src"), Path.of("src").toAbsolutePath());
        Files.createSymbolicLink(root.resolve("templates"), Path.of("templates").toAbsolutePath());
        List<Block> blocks = blocks();
        assertThat(blocks).as("transcripts in the README").hasSizeGreaterThan(4);
        List<DynamicTest> tests = new ArrayList<>();
        for (Block b : blocks) {
            for (Step s : b.steps()) {
                if (s.args().isEmpty()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest("README.md:" + s.line() + " " + String.join(" ", s.args()), () -> {
                    OneShotProcess.Result r = database(b.database(), blocks).run(Map.of(), s.args().toArray(String[]::new));
                    List<String> printed = new ArrayList<>(r.out().lines().toList());
                    printed.addAll(r.err().lines().toList());
                    String what = "README.md:%d (%s) ./jixiao %s — exit %d, printed:%n%s".formatted(s.line(), s.section(),
                            String.join(" ", s.args()), r.exit(), String.join("\n", printed));
                    if (s.output().isEmpty()) {
                        assertThat(r.exit()).as(what).isIn(0, 1);
                    } else {
                        assertThat(matches(s.output(), printed)).as(what).isTrue();
                    }
                }));
            }
        }
        return tests.stream();
    }
}
