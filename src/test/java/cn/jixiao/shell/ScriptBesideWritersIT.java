package cn.jixiao.shell;

import cn.jixiao.testsupport.OneShotProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script run with {@code --keep-going} while one-shot writers change the same declaration (issue 13): a line
 * whose save is refused as stale is named ({@code FILE:LINE: …}), the lines after it go on and are stored, nothing
 * ends in exit 3, and nothing is lost — every line the script or a writer had confirmed is in the tree, every
 * refused one is not, and the declaration has exactly one revision per stored change. On a loaded machine a
 * command may also wait out its 10 s for the database and be refused as busy (exit 2, named): allowed, and counted.
 */
class ScriptBesideWritersIT {
    private static final int LINES = 120;
    private static final String STALE = "本行的修改未保存；脚本接下来的命令以第";
    private static final String BUSY = "数据库正被另一个 jixiao 使用";

    @TempDir
    Path home;

    @Test
    void staleLinesAreNamedTheOthersStoredNothingLost() throws Exception {
        OneShotProcess jixiao = new OneShotProcess(home, home.resolve("data").resolve("jixiao"), OneShotProcess.OWN_JVM);
        assertThat(jixiao.run("new", "--name", "脚本与单条", "--year", "2026").exit()).isZero();
        StringBuilder script = new StringBuilder("open 1\n");
        for (int i = 0; i < LINES; i++) {
            script.append("add 产出指标/数量指标 脚本").append(i).append(" --half 1 --full 2\n");
        }
        Path file = Files.writeString(home.resolve("s.jx"), script);
        Path out = home.resolve("script-out");
        Path err = home.resolve("script-err");
        Process scripted = jixiao.builder(Map.of(), "script", file.toString(), "--keep-going")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        AtomicBoolean scriptRunning = new AtomicBoolean(true);
        List<String> writerConfirmed = new ArrayList<>();
        List<String> writerFailures = new ArrayList<>();
        for (int i = 0; scriptRunning.get() && i < 40; i++) {
            OneShotProcess.Result r = jixiao.run("add", "产出指标/质量指标", "单条" + i, "--half", "1", "--full", "2",
                    "--id", "1");
            if (r.exit() == 0) {
                writerConfirmed.add("单条" + i);
            } else if (r.exit() != 2 || !r.err().contains(BUSY)) {
                writerFailures.add(r.exit() + " " + r.err());
            }
            scriptRunning.set(scripted.isAlive());
        }
        assertThat(scripted.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(writerFailures).as("one-shot writers: stored, or refused as busy").isEmpty();
        assertThat(scripted.exitValue()).as("script exit (0, or 2 for stale lines); stderr: %s", errors).isIn(0, 2);

        // every failure is a stale refusal naming its line; the summary lists those lines
        Pattern failed = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+): (.*)");
        List<Integer> refused = new ArrayList<>();
        int stale = 0;
        for (String line : errors.lines().toList()) {
            Matcher m = failed.matcher(line);
            if (m.matches()) {
                refused.add(Integer.parseInt(m.group(1)));
                if (m.group(2).contains(STALE)) {
                    stale++;
                } else {
                    assertThat(m.group(2)).as("line %s: stale or busy", m.group(1)).contains(BUSY);
                }
            } else {
                assertThat(line).as("stderr holds only line failures and the summary")
                        .startsWith("脚本共 " + (LINES + 1) + " 条命令");
            }
        }
        assertThat(errors).doesNotContain("Exception", "SQL", "jdbc");

        String tree = jixiao.run("tree", "--id", "1").out();
        int scriptStored = 0;
        for (int i = 0; i < LINES; i++) {
            int lineNumber = i + 2;
            if (refused.contains(lineNumber)) {
                assertThat(tree).as("refused line %s", lineNumber).doesNotContain("脚本" + i + " ");
            } else {
                assertThat(tree).as("line %s was confirmed", lineNumber).contains("脚本" + i + " ");
                scriptStored++;
            }
        }
        for (String name : writerConfirmed) {
            assertThat(tree).contains(name + " ");
        }
        long revisions = jixiao.run("history", "--id", "1").out().lines()
                .filter(l -> l.strip().matches("\\d+\\s.*")).count();
        assertThat(revisions).as("one revision per stored change, plus new")
                .isEqualTo(1 + scriptStored + writerConfirmed.size());
        assertThat(Files.readString(out, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("已添加")).count())
                .as("confirmations printed by the script").isEqualTo(scriptStored);
        System.out.printf("script beside writers: %d script lines stored, %d refused as stale, %d as busy;"
                + " %d one-shot adds%n", scriptStored, stale, refused.size() - stale, writerConfirmed.size());
    }
}
