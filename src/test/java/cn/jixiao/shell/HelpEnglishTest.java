package cn.jixiao.shell;

import cn.jixiao.testsupport.ShellTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code help}, {@code help set} and {@code set --help} with {@code JIXIAO_LANG=en}: English throughout. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "jixiao.lang=en"})
@ShellTest
class HelpEnglishTest {
    private static final Path HOME = ShellTestSupport.createHome("home-en-");

    @Autowired
    ShellTestClient client;

    @Autowired
    JixiaoCompleter completer;

    @Autowired
    CommandRunner runner;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        ShellTestSupport.storeIn(registry, HOME);
    }

    private List<String> run(String line) throws Exception {
        return client.sendCommand(line).lines();
    }

    @Test
    void helpListsTheGroupsInOrderInEnglish() throws Exception {
        List<String> lines = run("help");
        assertThat(lines.get(0)).startsWith("jixiao commands");
        assertThat(lines).containsSubsequence("Declarations", "Editing", "Validation", "Templates", "Import/Export",
                "Self-evaluation", "Other");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  clear +Clear the terminal screen"))
                .anySatisfy(l -> assertThat(l).matches("  set +Change a level-3 indicator's values or name"))
                .anySatisfy(l -> assertThat(l).matches("  funding set +Set a funding source's amount \\(万元\\)"));
        for (String line : lines) {
            assertThat(line).as("English throughout").doesNotContainPattern("[\\u4e00-\\u9fff]{3,}")
                    .doesNotContain("其他", "申报表", "编辑");
        }
    }

    @Test
    void helpSetAndSetHelpAreEnglish() throws Exception {
        List<String> expected = List.of(
                "set — Change a level-3 indicator's values or name",
                "Usage: set <PATH> [--half VALUE] [--full VALUE] [--rename NEW] [--id N]",
                "Arguments (in order):",
                "  <PATH>: level1/level2/level3, an unambiguous trailing part (a name alone), or the position tree"
                        + " prints (3.1.2)",
                "Options:",
                "  --half <value>    half-year (半年) target value",
                "  --full <value>    full-year (全年) target value",
                "  --rename <value>  new name",
                "  --id <value>      declaration id (default: the open one)",
                "Example:",
                "  set 预算执行率 --half =32%",
                "  set 3.1.1 --full ≥35辆 --rename 租赁车辆台次");
        assertThat(run("help set")).containsExactlyElementsOf(expected);
        assertThat(run("set --help")).containsExactlyElementsOf(expected);
        assertThat(String.join("\n", run("help funding set"))).startsWith("funding set — Set a funding source's amount")
                .contains("  <AMOUNT>: in 万元; - clears it").contains("funding set general-budget 30");
    }

    @Test
    void tabDescribesCommandsAndOptionsInEnglish() {
        assertThat(HelpTextsTest.tab(completer, "funding s")).containsEntry("set", "Set a funding source's amount (万元)");
        assertThat(HelpTextsTest.tab(completer, "")).containsEntry("clear", "Clear the terminal screen");
        assertThat(HelpTextsTest.tab(completer, "set 3.1.1 --")).containsEntry("--half", "half-year (半年) target value");
        assertThat(HelpTextsTest.tab(completer, "help ")).containsEntry("set", "Change a level-3 indicator's values or name");
    }

    @Test
    void aMissingValueEndsWithTheEnglishUsage() {
        assertThat(HelpTextsTest.failing(runner, "export --out", ExitCodes.USAGE)).isEqualTo("Option --out needs a value"
                + " (usage: export [--id N | --all] [--format json|yaml|md|xlsx|csv] --out FILE [--force])");
        assertThat(HelpTextsTest.failing(runner, "delete", ExitCodes.USAGE)).endsWith("(usage: delete <ID> [--yes])");
    }
}
