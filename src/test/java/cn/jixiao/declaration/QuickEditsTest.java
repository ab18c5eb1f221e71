package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: edits that check at once (refuse what can't be a value, print the findings about what was touched),
 * typed values stored in the form's spelling, funding totals that follow their parts, no-op edits that store no
 * revision, and the prompt with the id. Each test creates its own declaration.
 */
class QuickEditsTest extends ShellTestSupport {
    @Autowired
    Workspace workspace;

    @Autowired
    cn.jixiao.validation.ValidationService validation;

    private Declaration stored(long id) {
        return repository.load(id);
    }

    private Indicator indicator(long id, String l1, String l2, String name) {
        return stored(id).tree().find(l1, l2, name).orElseThrow();
    }

    @Test
    void aValueThatCantBeOneIsRefusedAndNothingIsStored() throws Exception {
        long id = create("即时校验拒绝", 2026, "测试局");
        run("add 满意度指标/服务对象满意度 服务对象满意度 --half ≥90% --full ≥95%");
        int revision = stored(id).revision();

        var e = failure("set 服务对象满意度 --full '≥abc%'");
        assertThat(e.key()).isEqualTo("value.unparseable");
        assertThat(message(e)).contains("--full", "≥abc%");
        e = failure("add 产出指标/数量指标 租赁车辆车次 --half ≥18辆 --full =辆");
        assertThat(message(e)).contains("--full", "=辆");
        e = failure("add 产出指标/数量指标 租赁车辆车次 --half '不低于9 8辆' --full ≥35辆");
        assertThat(message(e)).contains("--half", "不低于9 8辆");

        assertThat(stored(id).revision()).isEqualTo(revision);
        assertThat(indicator(id, "满意度指标", "服务对象满意度", "服务对象满意度").full().text()).isEqualTo("≥95%");
        assertThat(stored(id).tree().find("产出指标", "数量指标", "租赁车辆车次")).isEmpty();
    }

    @Test
    void afterEveryEditTheFindingsForWhatWasTouched() throws Exception {
        long id = create("即时校验提示", 2026, "测试局");
        // half above full: stored, and said at once
        List<String> out = run("add 产出指标/数量指标 培训人次 --half ≥30人次 --full ≥20人次");
        assertThat(out.get(0)).startsWith("已添加 3.1.1 产出指标/数量指标/培训人次");
        assertThat(out).anySatisfy(l -> assertThat(l).contains("≥30人次", "≥20人次", "[half-exceeds-full]"));
        assertThat(out).hasSizeLessThanOrEqualTo(3);

        // a duplicate of an indicator filed elsewhere
        assertThat(run("add 过程/资金管理 资金到位率 --half =100% --full =100%")).hasSize(1);
        out = run("add 产出指标/数量指标 资金到位率 --half =100% --full =100%");
        assertThat(out).anySatisfy(l -> assertThat(l).contains("过程/资金管理/资金到位率", "[duplicate-indicator]"));

        // a value of another kind than the other half
        run("add 产出指标/质量指标 设备完好率 --half =100% --full =100%");
        out = run("set 3.2.1 --full ≥35辆");
        assertThat(out.get(0)).startsWith("已修改 3.2.1 产出指标/质量指标/设备完好率");
        assertThat(out).anySatisfy(l -> assertThat(l).contains("%", "辆", "[unit-mismatch]"));

        // only what was touched: the duplicate above is not repeated under an unrelated edit
        out = run("add 满意度指标/服务对象满意度 服务对象满意度 --half ≥90% --full ≥95%");
        assertThat(out).hasSize(1);

        // an expense line planning more by mid-year than its full-year budget
        run("expense add 审计费 --half 0 --full 2");
        out = run("expense set #1 --half 9.7");
        assertThat(out.get(0)).isEqualTo(messages.get("expense.changed", 1, "审计费", "9.70", "2.00",
                stored(id).revision()));
        assertThat(out).anySatisfy(l -> assertThat(l).contains("9.7", "2", "[expense-half-exceeds-full]"));
        assertThat(stored(id).funding().expenses().get(0).half().orElseThrow()).isEqualByComparingTo("9.70");
    }

    @Test
    void typedValuesAreStoredInTheFormsSpellingAndTheConfirmationSaysSo() throws Exception {
        long id = create("标准写法", 2026, "测试局");
        List<String> out = run("add 产出指标/数量指标 培训人次 --half '>=1000人次' --full ≧1500人次");
        assertThat(out).containsExactly(
                messages.get("add.done", "3.1.1", "产出指标/数量指标/培训人次", "≥1000人次", "≥1500人次", 2),
                "  " + messages.get("value.respelt", ">=1000人次", "≥1000人次"),
                "  " + messages.get("value.respelt", "≧1500人次", "≥1500人次"));
        run("set 培训人次 --half 不低于600人次");
        run("add 满意度指标/服务对象满意度 服务对象满意度 --half ＞＝９８％ --full '>= 98 %'");

        Indicator training = indicator(id, "产出指标", "数量指标", "培训人次");
        assertThat(training.half().text()).isEqualTo("≥600人次");
        assertThat(training.full().text()).isEqualTo("≥1500人次");
        Indicator satisfaction = indicator(id, "满意度指标", "服务对象满意度", "服务对象满意度");
        assertThat(satisfaction.half().text()).isEqualTo("≥98%");
        assertThat(satisfaction.full().text()).isEqualTo("≥98%");

        // a value already in the standard spelling, and qualitative text, are taken as typed (without a note)
        assertThat(run("add 效益指标/社会效益 服务保障能力 --half 有效保障 --full 有效保障").get(0))
                .contains("有效保障");
        assertThat(run("set 培训人次 --half ≥700人次")).hasSize(1);
        // nothing for value-spelling to report: typed values are already standard
        assertThat(validation.validate(stored(id))).noneMatch(f -> f.rule().equals("value-spelling"));
    }

    @Test
    void settingAPartOfTheFundingLetsTheTotalsFollow() throws Exception {
        long id = create("资金合计", 2026, "测试局");
        assertThat(run("funding set 一般公共预算资金 30")).containsExactly(
                messages.get("funding.done", "一般公共预算资金", "30.00", 2),
                "  " + messages.get("funding.followed-new", "财政拨款", "30.00"),
                "  " + messages.get("funding.followed-new", "资金总额", "30.00"));
        List<String> out = run("funding set 上年结转资金 5");
        assertThat(out).containsExactly(messages.get("funding.done", "上年结转资金", "5.00", 3),
                "  " + messages.get("funding.followed", "资金总额", "35.00", "30.00"));
        var f = stored(id).funding();
        assertThat(f.amount(FundingSource.FISCAL).orElseThrow()).isEqualByComparingTo("30.00");
        assertThat(f.total().orElseThrow()).isEqualByComparingTo("35.00");
        assertThat(validation.validate(stored(id))).noneMatch(x -> x.rule().startsWith("funding-"));

        // a total typed directly is stored as given, and the rules say at once that it no longer adds up
        out = run("funding set 资金总额 40");
        assertThat(out.get(0)).isEqualTo(messages.get("funding.done", "资金总额", "40.00", 4));
        assertThat(out).anySatisfy(l -> assertThat(l).contains("40", "35", "[funding-total-mismatch]"));
        assertThat(stored(id).funding().total().orElseThrow()).isEqualByComparingTo("40.00");
    }

    @Test
    void editsThatChangeNothingStoreNoRevision() throws Exception {
        long id = create("无变化不存版本", 2026, "测试局");
        run("add 过程/资金管理 预算执行率 --half =50% --full =100%");
        run("funding set 一般公共预算资金 30");
        run("expense add 审计费 --half 1 --full 2");
        run("header set 实施单位 某中心");
        int revision = stored(id).revision();
        assertThat(revision).isEqualTo(5);

        assertThat(one("set 预算执行率 --half =50%")).isEqualTo(messages.get("edit.unchanged",
                "2.1.1 过程/资金管理/预算执行率", revision));
        assertThat(run("set 预算执行率 --full 100%").get(0)).startsWith("已修改"); // =100% and 100% differ in text
        revision++;
        assertThat(one("mv 预算执行率 过程/资金管理")).isEqualTo(messages.get("edit.unchanged",
                "2.1.1 过程/资金管理/预算执行率", revision));
        assertThat(one("funding set general-budget 30.00")).isEqualTo(messages.get("edit.unchanged",
                "一般公共预算资金", revision));
        assertThat(one("expense set 审计费 --full 2")).isEqualTo(messages.get("edit.unchanged", "#1 审计费", revision));
        assertThat(one("header set implementer 某中心")).isEqualTo(messages.get("edit.unchanged", "实施单位", revision));
        assertThat(workspace.history(java.util.Optional.of(id))).hasSize(revision);
    }

    @Test
    void aScriptLeavesOneRevisionPerRealChange() throws Exception {
        java.nio.file.Path script = HOME.resolve("十四行.jx");
        java.nio.file.Files.writeString(script, String.join("\n",
                "new --name 十四行脚本 --year 2026 --department 测试局",
                "add 过程/资金管理 预算执行率 --half =50% --full =100%",
                "set 预算执行率 --half =50%",
                "set 预算执行率 --full =100%",
                "mv 预算执行率 过程/资金管理",
                "funding set 一般公共预算资金 30",
                "funding set 一般公共预算资金 30",
                "funding set 财政拨款 30",
                "funding set 资金总额 30",
                "expense add 审计费 --half 1 --full 2",
                "expense set #1 --half 1",
                "header set 实施单位 某中心",
                "header set 实施单位 某中心",
                "set 预算执行率 --half =40%", ""));
        run("script " + script);
        long id = workspace.resolveId("十四行脚本");
        // new, add, funding (once), expense add, header (once), the last set: six real changes
        assertThat(workspace.history(java.util.Optional.of(id))).hasSize(6);
        assertThat(stored(id).funding().total().orElseThrow()).isEqualByComparingTo("30.00");
    }

    @Test
    void thePromptNamesTheOpenDeclarationWithItsId() throws Exception {
        long id = create("提示符项目", 2026, "测试局");
        assertThat(workspace.promptLabel()).contains("#" + id + " 提示符项目");
        run("header set name 提示符项目改名");
        assertThat(workspace.promptLabel()).contains("#" + id + " 提示符项目改名");
    }

    @Test
    void newWithTheNameYearAndDepartmentOfAStoredDeclarationIsRefusedUnlessForced() throws Exception {
        long id = create("重复新建", 2026, "测试局");
        int before = repository.list(java.util.Optional.empty()).size();
        var e = failure("new --name 重复新建 --year 2026 --department 测试局");
        assertThat(e.key()).isEqualTo("new.exists");
        assertThat(message(e)).contains("#" + id + " 重复新建（2026年度）", "--force");
        assertThat(repository.list(java.util.Optional.empty())).hasSize(before);
        // another year or department is another declaration
        long other = create("重复新建", 2027, "测试局");
        assertThat(other).isNotEqualTo(id);
        long forced = idIn(one("new --name 重复新建 --year 2026 --department 测试局 --force"));
        assertThat(forced).isNotIn(id, other);
        e = failure("new --name 重复新建 --year 2026 --department 测试局");
        assertThat(message(e)).contains("#" + id, "#" + forced);
    }
}
