package cn.jixiao.validation;

import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code fix} command through the shell: what it prints, that {@code --dry-run} stores nothing, that a fix is one
 * revision {@code undo} takes back, and {@code --rule}. What each fix computes is in the fix cases of
 * {@link RuleFixturesTest}.
 */
class FixCommandTest extends ShellTestSupport {
    /**
     * Adds 预算执行率 with a half-year value in a spelling only an imported form keeps (a value typed in {@code add}
     * is stored in the standard spelling at once), as another session would store it; then reopens.
     */
    private void addImportedRate(long id) throws Exception {
        run("add 过程/资金管理 预算执行率 --half =50% --full =100%");
        var d = repository.load(id);
        repository.save(d.withTree(d.tree().update("过程/资金管理/预算执行率",
                i -> i.withHalf(cn.jixiao.indicator.model.ValueGrammar.parse("达到50%")))), "导入");
        run("open " + id);
    }

    private String half(long id, String name) {
        return repository.load(id).tree().find("过程", "资金管理", name).orElseThrow().half().text();
    }

    @Test
    void fixPrintsEachChangeStoresOneRevisionAndUndoTakesItBack() throws Exception {
        long id = create("自动修正测试", 2026, "南通市医疗保障局");
        run("funding set total 30");
        run("expense add 医保租赁业务专项 --half 9.7 --full 30");
        addImportedRate(id);
        int revision = repository.load(id).revision();

        List<String> dryRun = run("fix --dry-run");
        assertThat(dryRun).containsExactly(
                "过程/资金管理/预算执行率：达到50% | =100% → =50% | =100%  [value-spelling]",
                "过程/资金管理/预算执行率：=50% → =32.3%  [execution-rate-vs-plan]",
                "将修正 2 处（--dry-run：未保存）");
        assertThat(repository.load(id).revision()).isEqualTo(revision);
        assertThat(half(id, "预算执行率")).isEqualTo("达到50%");

        List<String> fixed = run("fix");
        assertThat(fixed).hasSize(3);
        assertThat(fixed.subList(0, 2)).isEqualTo(dryRun.subList(0, 2));
        assertThat(fixed.get(2)).isEqualTo("已修正 2 处（第 " + (revision + 1) + " 版）。undo 可撤销");
        assertThat(half(id, "预算执行率")).isEqualTo("=32.3%");
        assertThat(one("fix")).isEqualTo("没有可自动修正的问题");

        assertThat(one("undo")).contains("第 " + (revision + 2) + " 版");
        assertThat(half(id, "预算执行率")).isEqualTo("达到50%");
    }

    @Test
    void fixOneRuleOnlyAndRefuseARuleThatCannotBeFixed() throws Exception {
        long id = create("单条规则修正", 2026, "南通市医疗保障局");
        run("funding set total 30");
        run("expense add 医保租赁业务专项 --half 9.7 --full 30");
        addImportedRate(id);
        assertThat(run("fix --rule value-spelling")).containsExactly(
                "过程/资金管理/预算执行率：达到50% | =100% → =50% | =100%  [value-spelling]",
                "已修正 1 处（第 " + repository.load(id).revision() + " 版）。undo 可撤销");
        assertThat(half(id, "预算执行率")).isEqualTo("=50%");
        assertThat(message(failure("fix --rule vague-value")))
                .isEqualTo("规则 vague-value 不能自动修正（可自动修正：value-spelling、execution-rate-vs-plan、misplaced-indicator）");
    }
}
