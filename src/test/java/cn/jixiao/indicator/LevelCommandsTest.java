package cn.jixiao.indicator;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, a tree you can fix: level add/rename/rm, mv into an added 二级, fix adding the framework's 二级. */
class LevelCommandsTest extends ShellTestSupport {
    @Autowired
    CommandRegistry registry;

    private List<String> level2Names(long id, String level1) {
        return repository.load(id).tree().level1s().stream().filter(l -> l.name().equals(level1)).findFirst()
                .orElseThrow().children().stream().map(Level2::name).toList();
    }

    private List<String> proposals(String commandName, List<String> words, int wordIndex) {
        Command command = registry.getCommandByName(commandName);
        CompletionContext ctx = new CompletionContext(words, wordIndex, words.get(wordIndex).length(), command, null);
        return command.getCompletionProvider().apply(ctx).stream().map(CompletionProposal::value).toList();
    }

    @Test
    void aMissingLevel2IsAddedInFrameworkOrderAndIndicatorsCanMoveIntoIt() throws Exception {
        long id = create("二级可修补", 2026, "测试局");
        // the 二级 lost in conversion
        assertThat(one("level rm 决策/资金投入")).isEqualTo(messages.get("rm.done", "决策/资金投入", 2));
        run("add 决策/项目立项 资金分配合理性 --half 合理 --full 合理");
        var e = failure("mv 资金分配合理性 决策/资金投入");
        assertThat(message(e)).contains("决策/资金投入");
        assertThat(proposals("level add", List.of("level", "add", ""), 2)).containsExactly("决策/资金投入");

        List<String> out = run("level add 决策/资金投入");
        assertThat(out.get(0)).isEqualTo(messages.get("level.added", "1.3", "决策/资金投入", 4));
        assertThat(level2Names(id, "决策")).containsExactly("项目立项", "绩效目标", "资金投入");
        assertThat(proposals("level add", List.of("level", "add", ""), 2)).isEmpty();

        assertThat(run("mv 资金分配合理性 决策/资金投入").get(0)).isEqualTo(messages.get("mv.done",
                "决策/项目立项/资金分配合理性", "1.3.1", "决策/资金投入/资金分配合理性", 5));

        // not twice; not removed while it holds an indicator
        assertThat(failure("level add 决策/资金投入").key()).isEqualTo("level.exists");
        e = failure("level rm 决策/资金投入");
        assertThat(e.key()).isEqualTo("level.not-empty");
        assertThat(message(e)).contains("决策/资金投入", "1");
        assertThat(failure("level rm 资金分配合理性").key()).isEqualTo("path.not-level");
        assertThat(repository.load(id).revision()).isEqualTo(5);
    }

    @Test
    void level1AndLevel2AreRenamedAndRemovedAndComeBackInTheirPlace() throws Exception {
        long id = create("一级二级改名", 2026, "测试局");
        run("add 产出指标/数量指标 培训人次 --half ≥10人次 --full ≥20人次");
        assertThat(one("level rename 产出指标/数量指标 数量")).isEqualTo(messages.get("level.renamed",
                "产出指标/数量指标", "3.1", "产出指标/数量", 3));
        assertThat(repository.load(id).tree().find("产出指标", "数量", "培训人次")).isPresent();
        assertThat(one("level rename 3.1 数量指标")).startsWith("已重命名 产出指标/数量 → 3.1 产出指标/数量指标");
        assertThat(failure("level rename 产出指标/数量指标 质量指标").key()).isEqualTo("level.exists");
        assertThat(one("level rename 3.1 数量指标")).isEqualTo(messages.get("edit.unchanged", "3.1 产出指标/数量指标", 4));

        // a whole empty 一级 goes, and comes back where the framework puts it
        assertThat(one("level rm 过程")).isEqualTo(messages.get("rm.done", "过程", 5));
        assertThat(repository.load(id).tree().level1s()).extracting(Level1::name)
                .containsExactly("决策", "产出指标", "效益指标", "满意度指标");
        assertThat(run("level add 过程/组织实施").get(0)).isEqualTo(messages.get("level.added", "2.1", "过程/组织实施", 6));
        run("level add 过程/资金管理");
        Declaration d = repository.load(id);
        assertThat(d.tree().level1s()).extracting(Level1::name)
                .containsExactly("决策", "过程", "产出指标", "效益指标", "满意度指标");
        assertThat(level2Names(id, "过程")).containsExactly("资金管理", "组织实施");
        // a name the framework does not know goes last
        run("level add 产出指标/其他指标");
        assertThat(level2Names(id, "产出指标")).containsExactly("数量指标", "质量指标", "时效指标", "成本指标", "其他指标");
        assertThat(proposals("level rm", List.of("level", "rm", ""), 2)).contains("过程", "产出指标/其他指标");
        assertThat(failure("level add 产出指标/a/b").key()).isEqualTo("level.bad-path");
    }

    @Test
    void fixAddsTheFrameworksLevel2WhenItMovesRowsIntoIt() throws Exception {
        long id = create("修正补二级", 2026, "测试局");
        run("level rm 过程/资金管理");
        run("add 产出指标/数量指标 预算执行率 --half =50% --full =100%");
        String out = joined("fix --rule misplaced-indicator");
        assertThat(out).contains("过程/资金管理：— → 过程/资金管理",
                "产出指标/数量指标/预算执行率 → 过程/资金管理/预算执行率");
        Declaration d = repository.load(id);
        assertThat(d.tree().find("过程", "资金管理", "预算执行率")).isPresent();
        assertThat(level2Names(id, "过程")).containsExactly("资金管理", "组织实施");
        assertThat(d.tree()).isEqualTo(Framework.JIANGSU.skeleton().add("过程/资金管理", d.tree().find("过程", "资金管理", "预算执行率").orElseThrow()));
        assertThat(messages.get("rule.level2-missing.explain")).contains("level add").doesNotContain("JSON");
    }

    @Test
    void headerSetCompletesTheUsualValuesOfProjectTypeAndLevel() throws Exception {
        create("表头补全", 2026, "测试局");
        assertThat(proposals("header set", List.of("header", "set", "项目类型", ""), 3))
                .containsExactly("常年安排项目", "分年度安排项目", "一次性项目");
        assertThat(proposals("header set", List.of("header", "set", "level", ""), 3)).contains("市本级", "区本级");
        assertThat(proposals("header set", List.of("header", "set", "实施单位", ""), 3)).isEmpty();
    }
}
