package cn.jixiao.shell;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.model.DomainException;
import cn.jixiao.store.StaleRevisionException;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input through the shell, argument splitting, --id, and the stale-revision refusal. */
class ShellErrorsTest extends ShellTestSupport {

    private Declaration stored(long id) {
        return repository.load(id);
    }

    private String half(Declaration d, String path) {
        return d.tree().indicator(d.tree().resolve(path).position()).half().text();
    }

    @Test
    void unknownCommand() {
        DomainException e = failure("frobnicate --json");
        assertThat(e).isInstanceOf(UsageException.class);
        assertThat(e.key()).isEqualTo("command.unknown");
        assertThat(message(e)).isEqualTo("未知命令：frobnicate（输入 help 查看全部命令）");
    }

    @Test
    void aCommandGroupWithoutItsSubCommand() {
        DomainException e = failure("expense");
        assertThat(e.key()).isEqualTo("command.incomplete");
        assertThat(e.args()[1].toString()).contains("expense add", "expense rm", "expense set");
    }

    @Test
    void unknownOptionNamesTheCommandsOptions() {
        DomainException e = failure("list --colour");
        assertThat(e.key()).isEqualTo("option.unknown");
        assertThat(e.args()).containsExactly("--colour", "list", "--year --author --department --json");
        assertThat(message(e)).startsWith("未知选项 --colour");
    }

    @Test
    void wordsBeyondACommandsArgumentsAreRefusedNotDropped() {
        DomainException e = failure("import 南通 2026.md");
        assertThat(e.key()).isEqualTo("argument.surplus");
        assertThat(e.args()).containsExactly("2026.md", "import", 1);
        assertThat(message(e)).isEqualTo(
                "多余的参数：2026.md（命令 import 只接受 1 个参数；含空格的名称或文件名请加引号；help import 查看用法）");
        e = failure("list --year 2026 财政局");
        assertThat(message(e)).startsWith("多余的参数：财政局（命令 list 不接受参数；");
        assertThat(new Messages(java.util.Locale.ENGLISH).get(e.key(), e.args())).startsWith(
                "Unexpected argument: 财政局 (command list takes 0 arguments;");
        assertThat(new Messages(java.util.Locale.ENGLISH).get("argument.surplus", "c", "funding set", 2)).startsWith(
                "Unexpected argument: c (command funding set takes 2 arguments;");
    }

    @Test
    void aQuotedNameIsOneArgumentAndHelpTakesAnyNumberOfWords() throws Exception {
        DomainException e = failure("import \"南通 2026.md\" --dry-run");
        assertThat(e.key()).isNotEqualTo("argument.surplus");
        assertThat(message(e)).contains("南通 2026.md");
        assertThat(joined("help funding set")).contains("funding set");
    }

    @Test
    void missingRequiredOption() throws Exception {
        int before = repository.list(Optional.empty()).size();
        DomainException e = failure("new --name 缺少年度的申报表");
        assertThat(e.key()).isEqualTo("option.required");
        assertThat(e.args()).containsExactly("--year", "new");
        assertThat(message(e)).isEqualTo("命令 new 缺少必填选项 --year");
        assertThat(repository.list(Optional.empty())).hasSize(before);
    }

    @Test
    void optionValuesAreChecked() {
        assertThat(failure("list --year 明年").key()).isEqualTo("option.bad-number");
        assertThat(failure("new --name x --year").key()).isEqualTo("option.needs-value");
        assertThat(failure("list --json=maybe").key()).isEqualTo("option.bad-boolean");
        assertThat(failure("list --year 2026 --year 2027").key()).isEqualTo("option.repeated");
        assertThat(failure("new --name 'x --year 2026").key()).isEqualTo("parse.unclosed-quote");
    }

    @Test
    void unknownPathsAndBadValuesChangeNothing() throws Exception {
        long id = create("路径测试", 2026, "南通市医疗保障局");
        one("add 产出指标/数量指标 租赁车辆车次 --half ≥18辆 --full ≥35辆");
        int revision = repository.currentRevision(id).orElseThrow();

        DomainException notFound = failure("set 不存在的指标 --half 1");
        assertThat(notFound.key()).isEqualTo("path.not-found");
        assertThat(message(notFound)).isEqualTo("找不到指标：“不存在的指标”（tree 查看指标树）");
        DomainException similar = failure("rm 车次");
        assertThat(similar.key()).isEqualTo("path.not-found-similar");
        assertThat(similar.args()[1].toString()).contains("产出指标/数量指标/租赁车辆车次");
        assertThat(failure("add 产出指标 新指标 --half 1 --full 2").key()).isEqualTo("path.not-level2");
        assertThat(failure("mv 租赁车辆车次 不存在/的二级").key()).startsWith("path.not-found");
        assertThat(failure("set 9.9.9 --half 1").key()).isEqualTo("path.no-position");
        assertThat(failure("set 租赁车辆车次").key()).isEqualTo("set.nothing");
        assertThat(failure("funding set 资金总额 三十万").key()).isEqualTo("amount.bad");
        assertThat(failure("funding set 彩票公益金 3").key()).isEqualTo("funding.unknown-source");
        assertThat(failure("header set 预算科目 x").key()).isEqualTo("header.unknown-field");
        assertThat(failure("header set 年度 明年").key()).isEqualTo("declaration.year-bad");
        assertThat(failure("expense rm 租车费").key()).isEqualTo("expense.not-found");
        assertThat(failure("add 产出指标/数量指标 租赁车辆车次 --half 1 --full 2").key()).isEqualTo("indicator.duplicate");
        assertThat(failure("show --id 987654").key()).isEqualTo("store.unknown-id");
        assertThat(failure("open 没有这张申报表").key()).isEqualTo("declaration.not-found");

        assertThat(repository.currentRevision(id)).contains(revision);
        assertThat(half(stored(id), "租赁车辆车次")).isEqualTo("≥18辆");
    }

    @Test
    void quotedArgumentsKeepTheirSpaces() throws Exception {
        long id = idIn(one("new --name \"医保 租赁 业务\" --year 2026 --department '南通市 医疗保障局'"));
        JsonNode row = listed(id);
        assertThat(row.get("name").asString()).isEqualTo("医保 租赁 业务");
        assertThat(row.get("department").asString()).isEqualTo("南通市 医疗保障局");

        assertThat(run("add 产出指标/数量指标 \"租赁 车辆 车次\" --half \"≥18 辆\" --full '≥ 35 辆'"))
                .contains("  " + messages.get("value.respelt", "≥18 辆", "≥18辆"),
                        "  " + messages.get("value.respelt", "≥ 35 辆", "≥35辆"));
        run("add 满意度指标/服务对象满意度 \"说 \\\"满意\\\" 的人\" --half 较高 --full 较高");
        Declaration d = stored(id);
        assertThat(d.tree().find("产出指标", "数量指标", "租赁 车辆 车次")).get().satisfies(i -> {
            // a value typed in a command is stored as the form writes it
            assertThat(i.half().text()).isEqualTo("≥18辆");
            assertThat(i.full().text()).isEqualTo("≥35辆");
            assertThat(i.full()).isInstanceOfSatisfying(IndicatorValue.Quantitative.class,
                    q -> assertThat(q.canonical()).isEqualTo("≥35辆"));
        });
        assertThat(d.tree().find("满意度指标", "服务对象满意度", "说 \"满意\" 的人")).isPresent();
        assertThat(one("set '租赁 车辆 车次' --full ≥36辆")).contains("产出指标/数量指标/租赁 车辆 车次", "≥36辆");
    }

    @Test
    void fullWidthSpacesSeparateWordsLikeSpaces() throws Exception {
        long id = create("全角空格", 2026, "南通市医疗保障局");
        one("add\u3000产出指标/质量指标\u3000经费支出合规性\u3000--half\u3000严格执行相关财经法律法规\u3000\u3000--full　合规");
        Declaration d = stored(id);
        assertThat(d.tree().find("产出指标", "质量指标", "经费支出合规性")).get().satisfies(i -> {
            assertThat(i.half().text()).isEqualTo("严格执行相关财经法律法规");
            assertThat(i.full().text()).isEqualTo("合规");
        });
    }

    @Test
    void idTargetsADeclarationThatIsNotOpen() throws Exception {
        long other = create("另一张申报表", 2026, "南通市医疗保障局");
        long open = create("已打开的申报表", 2026, "南通市医疗保障局");

        assertThat(one("add 产出指标/数量指标 租赁车辆车次 --half ≥18辆 --full ≥35辆 --id " + other))
                .contains("（第 2 版）");
        assertThat(one("set 租赁车辆车次 --half ≥19辆 --id " + other)).contains("≥19辆", "（第 3 版）");
        assertThat(one("funding set 资金总额 30 --id " + other)).contains("（第 4 版）");

        assertThat(stored(other).tree().indicatorCount()).isEqualTo(1);
        assertThat(half(stored(other), "租赁车辆车次")).isEqualTo("≥19辆");
        assertThat(stored(open).tree().indicatorCount()).isZero();
        assertThat(stored(open).revision()).isEqualTo(1);
        // the open declaration is still the one commands without --id work on
        assertThat(run("tree").get(0)).startsWith("#" + open + " 已打开的申报表");
        assertThat(run("tree --id " + other).get(0)).startsWith("#" + other + " 另一张申报表");
        assertThat(json("show --json").get("id").asLong()).isEqualTo(open);
        assertThat(failure("set 租赁车辆车次 --half 1").key()).isEqualTo("path.not-found");
    }

    @Test
    void aSaveOnTopOfAnotherSessionsRevisionIsRefused() throws Exception {
        long id = create("并发修改", 2026, "南通市医疗保障局");
        one("add 产出指标/数量指标 租赁车辆车次 --half ≥18辆 --full ≥35辆");
        // another session (a one-shot command, a second console) saves revision 3 in between
        Declaration theirs = repository.save(repository.load(id).withFunding(repository.load(id).funding()
                .with(FundingSource.TOTAL, Optional.of(new BigDecimal("30")))), "另一会话");
        assertThat(theirs.revision()).isEqualTo(3);

        DomainException e = failure("set 租赁车辆车次 --half ≥20辆");
        assertThat(e).isInstanceOf(StaleRevisionException.class);
        assertThat(e.key()).isEqualTo("store.stale");
        assertThat(e.args()).containsExactly(id, 2, 3);
        assertThat(message(e)).contains("已被其他会话修改", "第 2 版", "第 3 版", "open " + id);

        assertThat(repository.currentRevision(id)).contains(3);
        assertThat(repository.revisions(id)).hasSize(3);
        assertThat(stored(id)).isEqualTo(theirs);
        assertThat(half(stored(id), "租赁车辆车次")).isEqualTo("≥18辆");

        // reloading picks up their change, and then the edit goes through
        one("open " + id);
        assertThat(one("set 租赁车辆车次 --half ≥20辆")).contains("（第 4 版）");
        assertThat(stored(id).funding().total()).contains(new BigDecimal("30"));
        assertThat(half(stored(id), "租赁车辆车次")).isEqualTo("≥20辆");
    }

    @Test
    void deleteOutsideTheConsoleNeedsYes() throws Exception {
        long id = create("不要删我", 2026, "南通市医疗保障局");
        DomainException e = failure("delete " + id);
        assertThat(e.key()).isEqualTo("confirm.needs-yes");
        assertThat(repository.find(id)).isPresent();
        assertThat(failure("delete 987654 --yes").key()).isEqualTo("store.unknown-id");
        assertThat(failure("delete").key()).isEqualTo("argument.missing");
    }
}
