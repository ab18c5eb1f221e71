package cn.jixiao.shell;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 6 through the shell test client: scripts, undo/redo/history/diff/revert, completion proposals, help. */
class ConsoleFeaturesTest extends ShellTestSupport {
    @Autowired
    CommandRegistry registry;

    private long openNew(String name) throws Exception {
        return create(name, 2026, "南通市医疗保障局");
    }

    @Test
    void aScriptStopsAtTheFirstFailingLineAndNamesIt() throws Exception {
        openNew("脚本测试");
        Path script = Files.createTempFile(HOME, "s", ".jx");
        Files.writeString(script, """
                # comments and blank lines are skipped

                add 产出指标/数量指标 租赁车辆车次 --half ≥18辆 \\
                    --full ≥35辆
                set 不存在的指标 --half 1
                add 过程/资金管理 预算执行率 --half =32% --full =100%
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> client.sendCommand("script " + script))
                .rootCause().isInstanceOf(CommandFailedException.class)
                .hasMessageContaining(script + ":5:")
                .hasMessageContaining("不存在的指标");
        List<String> tree = run("tree");
        assertThat(String.join("\n", tree)).contains("租赁车辆车次").doesNotContain("预算执行率");
    }

    @Test
    void keepGoingRunsEveryLineAndReportsTheFailures() throws Exception {
        openNew("脚本继续");
        Path script = Files.createTempFile(HOME, "k", ".jx");
        Files.writeString(script, "set 不存在 --half 1\nadd 过程/资金管理 预算执行率 --half =32% --full =100%\n");
        assertThatThrownBy(() -> client.sendCommand("script " + script + " --keep-going"))
                .rootCause().hasMessageContaining("（行 1）");
        assertThat(joined("tree")).contains("预算执行率");
    }

    /** Another session saves between this session's look and a script's line (issue 13). */
    private void anotherSessionSetsTheTotal(long id, String total) {
        var d = repository.load(id);
        repository.save(d.withFunding(d.funding().with(cn.jixiao.declaration.model.FundingSource.TOTAL,
                java.util.Optional.of(new java.math.BigDecimal(total)))), "另一会话");
    }

    @Test
    void aStaleLineInAScriptThatGoesOnIsRefusedAndTheNextLinesBuildOnWhatIsStored() throws Exception {
        long id = openNew("脚本遇到他人修改");
        anotherSessionSetsTheTotal(id, "30"); // revision 2, which this session has not seen
        Path script = Files.createTempFile(HOME, "stale", ".jx");
        Files.writeString(script, "add 产出指标/数量指标 甲指标 --half 1 --full 2\n"
                + "add 产出指标/数量指标 乙指标 --half 1 --full 2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> client.sendCommand("script " + script + " --keep-going"))
                .rootCause().isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("脚本共 2 条命令，1 条失败（行 1）");
        assertThat(repository.load(id).revision()).as("their revision 2, then line 2").isEqualTo(3);
        assertThat(joined("tree")).contains("乙指标").doesNotContain("甲指标");
        assertThat(repository.load(id).funding().total()).contains(new java.math.BigDecimal("30"));
        assertThat(messages.get("store.stale-going-on", id, 1, 2)).contains("本行的修改未保存", "以第 2 版为准");

        // without --keep-going the script stops at the refused line, which says to reload
        anotherSessionSetsTheTotal(id, "40");
        Files.writeString(script, "add 产出指标/数量指标 丙指标 --half 1 --full 2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> client.sendCommand("script " + script))
                .rootCause().isInstanceOf(CommandFailedException.class)
                .hasMessageContaining(script + ":1:").hasMessageContaining("open " + id);
        assertThat(repository.load(id).revision()).isEqualTo(4);
        // and outside a script a refusal stays a refusal until the declaration is opened again
        assertThat(failure("add 产出指标/数量指标 丁指标 --half 1 --full 2").key()).isEqualTo("store.stale");
        one("open " + id);
        assertThat(one("add 产出指标/数量指标 丁指标 --half 1 --full 2")).contains("（第 5 版）");
    }

    @Test
    void undoRedoHistoryDiffAndRevert() throws Exception {
        long id = openNew("撤销重做");
        one("add 过程/资金管理 预算执行率 --half =50% --full =100%");
        one("set 预算执行率 --half =32%");
        assertThat(one("undo")).contains("第 3 版").contains("修改 预算执行率");
        assertThat(value(id)).isEqualTo("=50%");
        assertThat(one("undo")).contains("第 2 版");
        assertThat(repository.load(id).tree().indicatorCount()).isZero();
        assertThat(one("redo")).contains("第 2 版");
        assertThat(one("redo")).contains("第 3 版");
        assertThat(value(id)).isEqualTo("=32%");
        assertThat(failure("redo").key()).isEqualTo("redo.nothing");

        List<String> history = run("history");
        assertThat(history).hasSize(1 + 7);
        assertThat(history.get(4)).contains("撤销 修改 预算执行率");
        assertThat(joined("diff 2 3")).contains("过程/资金管理/预算执行率：=50% | =100% → =32% | =100%");
        assertThat(one("revert 1")).contains("第 1 版");
        assertThat(repository.load(id).tree().indicatorCount()).isZero();
        assertThat(failure("diff 99").key()).isEqualTo("revision.not-found");
    }

    private String value(long id) {
        Declaration d = repository.load(id);
        return d.tree().indicator(d.tree().resolveIndicator("预算执行率").position()).half().text();
    }

    private List<String> proposals(String commandName, List<String> words, int wordIndex) {
        Command command = registry.getCommandByName(commandName);
        CompletionContext ctx = new CompletionContext(words, wordIndex, words.get(wordIndex).length(), command,
                null);
        return command.getCompletionProvider().apply(ctx).stream().map(CompletionProposal::value).toList();
    }

    @Test
    void completionProposesPathsPositionsParentsAndCatalogueNames() throws Exception {
        openNew("补全测试");
        one("add 过程/资金管理 预算执行率 --half =32% --full =100%");
        assertThat(proposals("set", List.of("set", ""), 1)).contains("过程/资金管理/预算执行率", "2.1.1");
        assertThat(proposals("add", List.of("add", ""), 1)).contains("产出指标/数量指标", "满意度指标/服务对象满意度");
        // names from the template catalogue, under the 二级 typed first (leasing: 租赁车辆车次)
        assertThat(proposals("add", List.of("add", "产出指标/数量指标", "租赁"), 2)).contains("租赁车辆车次");
        // and by pinyin initials
        assertThat(proposals("add", List.of("add", "产出指标/数量指标", "zlcl"), 2)).contains("租赁车辆车次");
        assertThat(proposals("explain", List.of("explain", ""), 1)).contains("execution-rate-vs-plan");
        assertThat(proposals("header set", List.of("header", "set", ""), 2)).contains("项目名称", "实施单位");
    }

    @Test
    void helpIsChineseWithAnExampleForEveryCommand() throws Exception {
        assertThat(joined("help")).contains("申报表", "编辑", "校验").contains("添加三级指标");
        for (Command c : registry.getCommands()) {
            if (c.isHidden() || c.getName().equals("quit") || c.getName().equals("clear")) {
                continue;
            }
            assertThat(joined("help " + c.getName())).as("help %s", c.getName()).contains("示例：");
        }
        assertThat(joined("set --help")).contains("set — 修改三级指标").contains("--half");
    }
}
