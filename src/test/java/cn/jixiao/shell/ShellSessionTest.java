package cn.jixiao.shell;

import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.model.DomainException;
import cn.jixiao.testsupport.SampleForm;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's session, step by step: the 医保租赁业务专项 form typed in from the sample, then looked at, changed,
 * listed, exported as JSON and deleted. Each step builds on the previous ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShellSessionTest extends ShellTestSupport {
    private static final SampleForm FORM = SampleForm.load(SampleForm.YIBAO_ZULIN);
    /** An indicator row of `tree`: position and name, then the 半年 and 全年 cells, separated by 2+ spaces. */
    private static final Pattern TREE_ROW = Pattern.compile("^( {4}\\d+\\.\\d+\\.\\d+ .+?) {2,}(\\S.*?) {2,}(\\S.*)$");

    private long id;
    private int revision;

    private String title() {
        return messages.get("view.title", id, FORM.name(), FORM.year(), revision);
    }

    @Test
    @Order(1)
    void newCreatesTheDeclarationWithTheJiangsuSkeletonAndOpensIt() throws Exception {
        String out = one("new --name " + FORM.name() + " --year " + FORM.year() + " --department " + FORM.department());
        id = idIn(out);
        revision = 1;
        assertThat(out).isEqualTo(messages.get("new.done", title(), Framework.JIANGSU.sections().size(),
                Framework.JIANGSU.level2Count()));
        assertThat(out).startsWith("已新建并打开 #" + id + " 医保租赁业务专项（2026年度，第 1 版）");
        Declaration stored = repository.load(id);
        assertThat(stored.tree()).isEqualTo(Framework.JIANGSU.skeleton());
        assertThat(stored.header().department()).isEqualTo("南通市医疗保障局");
    }

    @Test
    @Order(2)
    void addEveryIndicatorOfTheSampleForm() throws Exception {
        IndicatorTree expected = FORM.toDeclaration().tree();
        for (SampleForm.Row r : FORM.indicators()) {
            // the confirmation first; findings about the new row may follow (较高 is vague)
            String out = run("add \"" + r.parent() + "\" \"" + r.name() + "\" --half \"" + r.half() + "\" --full \""
                    + r.full() + "\"").get(0);
            revision++;
            assertThat(out).isEqualTo(messages.get("add.done", expected.resolve(r.path()).position(), r.path(),
                    r.half(), r.full(), revision));
        }
        Declaration stored = repository.load(id);
        assertThat(stored.revision()).isEqualTo(revision);
        assertThat(stored.tree()).isEqualTo(expected);
    }

    @Test
    @Order(3)
    void fundingAndExpenseLines() throws Exception {
        // every 收入 amount of the form, by label, by id, by 小计 and with full-width digits
        for (var e : FORM.sources().entrySet()) {
            FundingSource s = e.getKey();
            String ref = s == FundingSource.FISCAL ? "小计" : s == FundingSource.GENERAL_BUDGET ? s.id() : s.label();
            String amount = s == FundingSource.GENERAL_BUDGET ? fullWidth(e.getValue().toPlainString())
                    : e.getValue().toPlainString();
            // typed total first, parts after: the rules may say at once that they don't add up yet
            assertThat(run("funding set " + ref + " " + amount).get(0)).isEqualTo(messages.get("funding.done", s.label(),
                    Amounts.format(Optional.of(e.getValue())), ++revision));
        }
        assertThat(one("expense add 医保租赁业务专项 --half 9.7 --full 30"))
                .isEqualTo(messages.get("expense.added", 1, "医保租赁业务专项", "9.70", "30.00", ++revision));
        Declaration stored = repository.load(id);
        assertThat(stored.funding()).isEqualTo(FORM.toDeclaration().funding());
        assertThat(stored.funding().total()).contains(new BigDecimal("30"));
    }

    private static String fullWidth(String ascii) {
        StringBuilder sb = new StringBuilder();
        ascii.chars().forEach(c -> sb.append(Character.isDigit(c) ? (char) (c - '0' + '０') : c == '.' ? '．' : (char) c));
        return sb.toString();
    }

    @Test
    @Order(4)
    void treeAlignsTheValueColumnsByDisplayWidth() throws Exception {
        List<String> lines = run("tree");
        assertThat(lines.get(0)).isEqualTo(title());
        String header = lines.get(1);
        String halfTitle = messages.get("view.tree.half");
        String fullTitle = messages.get("view.tree.full");
        int halfColumn = columns(header.substring(0, header.indexOf(halfTitle)));
        int fullColumn = columns(header.substring(0, header.indexOf(fullTitle)));

        List<String> names = new ArrayList<>();
        Set<Integer> charOffsets = new HashSet<>();
        for (String line : lines) {
            Matcher m = TREE_ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            names.add(m.group(1).strip().replaceFirst("^\\S+ ", ""));
            assertThat(columns(line.substring(0, m.start(2)))).as("半年 column of %s", line).isEqualTo(halfColumn);
            assertThat(columns(line.substring(0, m.start(3)))).as("全年 column of %s", line).isEqualTo(fullColumn);
            charOffsets.add(m.start(2));
            SampleForm.Row r = FORM.row(names.get(names.size() - 1));
            assertThat(m.group(2)).isEqualTo(r.half());
            assertThat(m.group(3)).isEqualTo(r.full());
        }
        assertThat(names).containsExactlyElementsOf(FORM.indicators().stream().map(SampleForm.Row::name).toList());
        // names of different lengths: padding by String.length() instead of display width would break the columns
        assertThat(charOffsets).hasSizeGreaterThan(1);
        assertThat(lines).contains("  3.4 成本指标  " + messages.get("view.tree.empty"));
    }

    @Test
    @Order(5)
    void showPrintsHeaderFundingExpensesAndTree() throws Exception {
        List<String> lines = run("show");
        assertThat(lines.get(0)).isEqualTo(title());
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("项目名称\\s+医保租赁业务专项"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("主管部门\\s+南通市医疗保障局"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\s*资金总额\\s+30\\.00"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\s+1\\s+医保租赁业务专项\\s+9\\.70\\s+30\\.00"));
        assertThat(lines).containsSubsequence(run("tree").subList(1, 4));
    }

    @Test
    @Order(6)
    void setByLastSegmentAndByPosition() throws Exception {
        assertThat(one("set 租赁车辆车次 --half ≥20辆")).isEqualTo(messages.get("set.done", "3.1.1",
                "产出指标/数量指标/租赁车辆车次", "≥20辆", "≥35辆", ++revision));
        String position = FORM.toDeclaration().tree().resolve("预算执行率").position().toString();
        // typed full-width: stored as the form writes it, and the confirmation says so
        assertThat(run("set " + position + " --half ＝３３％")).containsExactly(messages.get("set.done", position,
                "过程/资金管理/预算执行率", "=33%", "=100%", ++revision), "  " + messages.get("value.respelt", "＝３３％", "=33%"));
        assertThat(one("set 3.1.1 --rename 租赁车辆台次")).isEqualTo(messages.get("set.done", "3.1.1",
                "产出指标/数量指标/租赁车辆台次", "≥20辆", "≥35辆", ++revision));
        Declaration stored = repository.load(id);
        assertThat(stored.tree().indicator(stored.tree().resolve("预算执行率").position()).half().canonical())
                .isEqualTo("=33%");
        assertThat(stored.tree().find("产出指标", "数量指标", "租赁车辆车次")).isEmpty();
    }

    @Test
    @Order(7)
    void mvAndRm() throws Exception {
        List<String> moved = run("mv 经费支出时效性 产出指标/质量指标");
        assertThat(moved.get(0)).isEqualTo(messages.get("mv.done",
                "产出指标/时效指标/经费支出时效性", "3.2.2", "产出指标/质量指标/经费支出时效性", ++revision));
        // the rules say at once that the framework files it elsewhere
        assertThat(moved).hasSize(2);
        assertThat(moved.get(1)).contains("产出指标/时效指标", "[misplaced-indicator]");
        assertThat(run("tree")).contains("  3.3 时效指标  " + messages.get("view.tree.empty"));
        assertThat(one("rm 质量指标/经费支出时效性"))
                .isEqualTo(messages.get("rm.done", "产出指标/质量指标/经费支出时效性", ++revision));
        Declaration stored = repository.load(id);
        assertThat(stored.tree().indicatorCount()).isEqualTo(FORM.indicators().size() - 1);
        assertThat(stored.tree().nodes()).noneMatch(n -> n.path().endsWith("经费支出时效性"));
    }

    @Test
    @Order(8)
    void headerSet() throws Exception {
        assertThat(one("header set 实施单位 南通市医疗保险基金管理中心"))
                .isEqualTo(messages.get("header.done", "实施单位", "南通市医疗保险基金管理中心", ++revision));
        assertThat(one("header set type 常年安排项目")).contains("项目类型", "常年安排项目");
        revision++;
        assertThat(run("show")).anySatisfy(l -> assertThat(l).matches("实施单位\\s+南通市医疗保险基金管理中心"));
    }

    @Test
    @Order(9)
    void listJsonHasTheShapeScriptsRelyOn() throws Exception {
        JsonNode all = json("list --json");
        assertThat(all.isArray()).isTrue();
        JsonNode row = listed(id);
        assertThat(row).as("declaration %d in list --json", id).isNotNull();
        assertThat(row.propertyNames()).containsExactly("id", "name", "year", "department", "totalFunds", "indicators",
                "revision", "updatedBy");
        assertThat(row.get("updatedBy").asString()).as("who saved the newest revision").isNotBlank();
        assertThat(row.get("name").asString()).isEqualTo("医保租赁业务专项");
        assertThat(row.get("year").asInt()).isEqualTo(2026);
        assertThat(row.get("department").asString()).isEqualTo("南通市医疗保障局");
        assertThat(row.get("totalFunds").decimalValue()).isEqualTo(new BigDecimal("30.00"));
        assertThat(row.get("indicators").asInt()).isEqualTo(FORM.indicators().size() - 1);
        assertThat(json("list --year 2026 --json")).anySatisfy(n -> assertThat(n.get("id").asLong()).isEqualTo(id));
        assertThat(json("list --year 1999 --json")).isEmpty();
        assertThat(run("list")).anySatisfy(l -> assertThat(l).matches("\\s*" + id + "\\s+医保租赁业务专项\\s+2026\\s+南通市医疗保障局\\s+30\\.00\\s+"
                + (FORM.indicators().size() - 1) + "\\s+" + revision + "\\s+" + System.getProperty("user.name")));
    }

    @Test
    @Order(10)
    void showJsonIsTheWholeDeclaration() throws Exception {
        JsonNode d = json("show --json");
        assertThat(d.get("id").asLong()).isEqualTo(id);
        assertThat(d.get("revision").asInt()).isEqualTo(revision).isEqualTo(repository.currentRevision(id).orElseThrow());
        assertThat(d.at("/header/name").asString()).isEqualTo("医保租赁业务专项");
        assertThat(d.at("/header/implementer").asString()).isEqualTo("南通市医疗保险基金管理中心");
        assertThat(d.at("/funding/sources/total").decimalValue()).isEqualTo(new BigDecimal("30"));
        assertThat(d.at("/funding/expenses/0/half").decimalValue()).isEqualTo(new BigDecimal("9.7"));
        JsonNode first = d.at("/indicators/2/children/0/indicators/0");
        assertThat(first.get("name").asString()).isEqualTo("租赁车辆台次");
        assertThat(first.get("half").asString()).isEqualTo("≥20辆");
        assertThat(d.at("/indicators/1/children/0/indicators/1/half").asString()).isEqualTo("=33%");
        assertThat(json("show --id " + id + " --json")).isEqualTo(d);
    }

    @Test
    @Order(11)
    void openByNameThenDelete() throws Exception {
        assertThat(one("open 医保租赁业务专项")).isEqualTo(messages.get("open.done", title()));
        assertThat(one("delete " + id + " --yes")).isEqualTo(messages.get("delete.done", title()));
        assertThat(repository.find(id)).isEmpty();
        assertThat(repository.revisions(id)).isEmpty();
        assertThat(listed(id)).isNull();
        DomainException gone = failure("show --id " + id);
        assertThat(gone.key()).isEqualTo("store.unknown-id");
        assertThat(message(gone)).isEqualTo("没有 ID 为 " + id + " 的申报表（list 查看全部）");
        assertThat(failure("tree").key()).isEqualTo("declaration.none-open");
    }
}
