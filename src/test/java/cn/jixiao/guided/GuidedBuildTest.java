package cn.jixiao.guided;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.shell.CommandRunner;
import cn.jixiao.shell.ExitCodes;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.jixiao.guided.ScriptedPrompter.LEAVE;
import static org.assertj.core.api.Assertions.assertThat;

/** The guided build of `new`, driven by scripted answers, and `new` without options outside the console. */
class GuidedBuildTest extends ShellTestSupport {
    @Autowired
    GuidedBuild guided;

    @Autowired
    DraftStore drafts;

    @Autowired
    CommandRunner runner;

    @BeforeEach
    void noDraft() {
        drafts.clear();
    }

    private static List<String> accept(int times) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add("接受，下一项");
        }
        return out;
    }

    @Test
    void theWholeFlowBuildsAndSavesTheDeclaration() throws Exception {
        List<String> script = new ArrayList<>(List.of(
                "jiangsu-project",                        // 1 framework
                "common|training-publicity",              // 2 indicator sets
                "向导培训项目", "2026", "南京市医疗保障局", "常年安排项目", "市本级", "", "",
                "南京市医保中心", "张三/025-12345678",      // 3 header (start and end: the year, as offered)
                "现在填写", "落实医保培训工作要求", "已有培训场地和师资", "组织定点机构培训和政策宣传",
                "提升经办能力", "全年培训 20 场",            // 3 narrative
                "30", "", "", "", "", "5", "",            // 4 funding: general budget 30, carry-over 5
                "添加一条支出明细", "培训费", "10", "35",   // 5 expenses
                "完成，下一步"));
        script.addAll(accept(5));                         // 决策 ×3, 过程 ×2
        script.addAll(List.of(                            // 6 产出指标/数量指标
                "修改一个指标的值", "培训场次", "≥30次", "重新输入", "≥12次", "",
                "删除一个指标", "宣传项目数",
                "添加自定义指标", "发放宣传册", "≥500件", "≥1000件",
                "接受，下一项",
                "其余全部接受",                            // the rest as the templates gave them
                "保存并打开"));                            // 7 summary → save
        ScriptedPrompter p = new ScriptedPrompter(script.toArray(String[]::new));

        Optional<Declaration> saved = guided.run(p);

        assertThat(saved).as(String.join("\n", p.transcript())).isPresent();
        assertThat(p.remaining()).isZero();
        Declaration d = repository.load(saved.get().id());
        assertThat(d.name()).isEqualTo("向导培训项目");
        assertThat(d.header().year()).isEqualTo(2026);
        assertThat(d.header().department()).isEqualTo("南京市医疗保障局");
        assertThat(d.header().projectType()).isEqualTo("常年安排项目");
        assertThat(d.header().contact()).isEqualTo("张三/025-12345678");
        assertThat(d.header().startTime()).isEqualTo("2026");
        assertThat(d.header().endTime()).isEqualTo("2026");
        assertThat(d.narrative().necessity()).isEqualTo("落实医保培训工作要求");
        assertThat(d.narrative().feasibility()).isEqualTo("已有培训场地和师资");
        assertThat(d.narrative().content()).isEqualTo("组织定点机构培训和政策宣传");
        assertThat(d.narrative().midTermGoal()).isEqualTo("提升经办能力");
        assertThat(d.narrative().annualGoal()).isEqualTo("全年培训 20 场");
        assertThat(p.transcript()).contains("? 开始时间 [2026] <- 2026");
        // the summary heads the draft as what it is: not saved yet, no id, no revision
        assertThat(p.transcript()).contains("草稿（未保存）：向导培训项目（2026年度）").noneMatch(l -> l.contains("#0"));
        assertThat(d.funding().amount(FundingSource.GENERAL_BUDGET)).contains(new BigDecimal("30"));
        assertThat(d.funding().amount(FundingSource.FISCAL)).contains(new BigDecimal("30"));
        assertThat(d.funding().total()).contains(new BigDecimal("35"));
        assertThat(d.funding().expenses()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("培训费");
            assertThat(e.full()).contains(new BigDecimal("35"));
        });
        assertThat(d.templates()).extracting(t -> t.id()).contains("jiangsu-project", "common", "training-publicity");
        assertThat(d.tree().find("决策", "项目立项", "立项依据充分性")).isPresent();
        Indicator sessions = d.tree().find("产出指标", "数量指标", "培训场次").orElseThrow();
        assertThat(sessions.half().text()).isEqualTo("≥12次");
        assertThat(sessions.full().text()).isEqualTo("≥20次");
        assertThat(d.tree().find("产出指标", "数量指标", "宣传项目数")).isEmpty();
        Indicator added = d.tree().find("产出指标", "数量指标", "发放宣传册").orElseThrow();
        assertThat(added.half().text()).isEqualTo("≥500件");
        assertThat(added.full().text()).isEqualTo("≥1000件");
        // the invalid half-year value was refused with its reason, then asked again
        assertThat(p.transcript()).anyMatch(l -> l.contains("≥30次") && l.contains("≥20次") && !l.startsWith("?"));
        assertThat(p.transcript().stream().filter(l -> l.startsWith("? 培训场次 的半年(程)指标值"))).hasSize(2);
        // saved through the workspace: it is the open declaration, and the draft is gone
        assertThat(joined("show")).contains("向导培训项目");
        assertThat(drafts.load()).isEmpty();
    }

    @Test
    void leavingKeepsTheWorkAndNewResumesIt() throws Exception {
        ScriptedPrompter first = new ScriptedPrompter("jiangsu-project", "common",
                "草稿续填项目", "2026", "市财政局", "一次性项目", "", "", "", "", "",
                "跳过", "12", LEAVE);
        assertThat(guided.run(first)).isEmpty();
        assertThat(first.transcript()).contains(messages.get("guided.left"));
        Draft draft = drafts.load().orElseThrow();
        assertThat(draft.step()).isEqualTo(Draft.Step.FUNDING);
        assertThat(draft.declaration().name()).isEqualTo("草稿续填项目");
        assertThat(draft.declaration().tree().find("过程", "资金管理", "预算执行率")).isPresent();

        // later: new asks to resume; the header is kept, funding is asked again
        List<String> script = new ArrayList<>(List.of("继续这份草稿",
                "20", "", "", "", "", "", "",
                "完成，下一步"));
        script.addAll(accept(2));
        script.addAll(List.of(LEAVE));
        ScriptedPrompter second = new ScriptedPrompter(script.toArray(String[]::new));
        assertThat(guided.run(second)).isEmpty();
        Draft again = drafts.load().orElseThrow();
        assertThat(again.step()).isEqualTo(Draft.Step.INDICATORS);
        assertThat(again.level2()).isEqualTo(2);
        assertThat(again.declaration().funding().total()).contains(new BigDecimal("20"));

        ScriptedPrompter third = new ScriptedPrompter("继续这份草稿", "其余全部接受", "保存并打开");
        Declaration saved = guided.run(third).orElseThrow();
        Declaration d = repository.load(saved.id());
        assertThat(d.name()).isEqualTo("草稿续填项目");
        assertThat(d.header().department()).isEqualTo("市财政局");
        assertThat(d.header().projectType()).isEqualTo("一次性项目");
        assertThat(d.funding().total()).contains(new BigDecimal("20"));
        assertThat(d.tree().find("过程", "组织实施", "管理制度健全性")).isPresent();
        assertThat(drafts.load()).isEmpty();
    }

    /** A draft left unnamed in an English session is resumed in a Chinese one: its placeholder speaks Chinese. */
    @Test
    void anUnnamedDraftFromTheOtherLanguageIsShownInThisOne() throws Exception {
        drafts.save(new Draft(Declaration.create("(unnamed)", 2026, "", cn.jixiao.indicator.model.Framework.JIANGSU),
                Draft.Step.TEMPLATES, 0));
        ScriptedPrompter p = new ScriptedPrompter("继续这份草稿", LEAVE);
        assertThat(guided.run(p)).isEmpty();
        assertThat(String.join("\n", p.transcript())).contains("（未命名）").doesNotContain("(unnamed)");
        assertThat(drafts.load().orElseThrow().declaration().name()).isEqualTo("（未命名）");
    }

    @Test
    void theNarrativeOffersLastYearsTextAndCanBeSkipped() throws Exception {
        long last = create("年度续报项目", 2025, "市医保局");
        run("open " + last);
        run("header set necessity 上年的立项必要性");
        run("header set annual-goal 上年的年度目标");
        ScriptedPrompter p = new ScriptedPrompter("jiangsu-project", "common",
                "年度续报项目", "2026", "市医保局", "常年安排项目", "市本级", "", "", "市医保中心", "",
                "现在填写", "", "今年才写的可行性", "", "", "今年的年度目标", LEAVE);
        assertThat(guided.run(p)).isEmpty();
        assertThat(p.transcript()).anyMatch(l -> l.startsWith("默认值取自上年度的 #" + last + " 年度续报项目（2025年度"));
        assertThat(p.transcript()).contains("? 立项必要性 [上年的立项必要性] <- 上年的立项必要性",
                "? 年度目标 [上年的年度目标] <- 今年的年度目标");
        Declaration draft = drafts.load().orElseThrow().declaration();
        assertThat(draft.narrative().necessity()).isEqualTo("上年的立项必要性");
        assertThat(draft.narrative().feasibility()).isEqualTo("今年才写的可行性");
        assertThat(draft.narrative().content()).isEmpty();
        assertThat(draft.narrative().annualGoal()).isEqualTo("今年的年度目标");
        assertThat(drafts.load().orElseThrow().step()).isEqualTo(Draft.Step.FUNDING);

        // skipped: nothing asked, and validate names the blank fields
        drafts.clear();
        ScriptedPrompter skip = new ScriptedPrompter("jiangsu-project", "common",
                "跳过说明项目", "2026", "市医保局", "常年安排项目", "市本级", "", "", "市医保中心", "",
                "跳过", LEAVE);
        assertThat(guided.run(skip)).isEmpty();
        assertThat(skip.transcript()).noneMatch(l -> l.startsWith("? 立项必要性"));
        assertThat(new cn.jixiao.validation.model.Validator(List.of(new cn.jixiao.validation.rules.HeaderRequiredBlank()),
                cn.jixiao.validation.model.RuleContext.builtIn(), java.util.Map.of())
                .validate(drafts.load().orElseThrow().declaration()))
                .extracting(f -> f.args().get(0)).containsExactly("立项必要性、实施可行性、项目实施内容、中长期目标、年度目标");
    }

    @Test
    void backToTheIndicatorsGoesToTheFirst二级WithAProblem() {
        List<String> script = new ArrayList<>(List.of("jiangsu-project", "common",
                "返回修改项目", "2026", "市医保局", "常年安排项目", "市本级", "", "", "市医保中心", "", "跳过",
                "10", "", "", "", "", "", "", "完成，下一步", "其余全部接受",
                "返回修改指标",                            // 产出指标/数量指标 has no indicator: an error there
                "添加自定义指标", "参保人数", "≥100人", "≥200人", "接受，下一项", "其余全部接受",
                "保存并打开"));
        ScriptedPrompter p = new ScriptedPrompter(script.toArray(String[]::new));
        assertThat(guided.run(p)).isPresent();
        int back = p.transcript().indexOf("? 保存这份申报表？ [保存并打开, 返回修改指标, 返回修改表头和资金, 离开（保留草稿，稍后 new 继续）] <- 返回修改指标");
        assertThat(back).isPositive();
        assertThat(p.transcript().get(back + 1)).isEqualTo("第 6 步（6/14）：产出指标 / 数量指标");
    }

    @Test
    void restartingDiscardsTheDraft() {
        assertThat(guided.run(new ScriptedPrompter("jiangsu-project", LEAVE))).isEmpty();
        assertThat(drafts.load()).get().extracting(Draft::step).isEqualTo(Draft.Step.TEMPLATES);
        assertThat(guided.run(new ScriptedPrompter("丢弃草稿", LEAVE))).isEmpty();
        assertThat(drafts.load()).get().extracting(Draft::step).isEqualTo(Draft.Step.FRAMEWORK);
    }

    @Test
    void valuesAreCheckedAsTyped() {
        assertThat(guided.check("产出指标", "数量指标", Indicator.of("培训场次", "≥12次", "≥20次"))).isEmpty();
        assertThat(guided.check("产出指标", "数量指标", Indicator.of("培训场次", "≥12件", "≥20次")))
                .anyMatch(r -> r.contains("件") && r.contains("次"));
        assertThat(guided.check("产出指标", "质量指标", Indicator.of("合格率", "=120%", "=100%"))).isNotEmpty();
        assertThat(guided.check("过程", "资金管理", Indicator.of("资金到位率", "序时进度", "序时进度"))).isNotEmpty();
        assertThat(guided.check("产出指标", "数量指标", Indicator.of("培训场次", "≥12次", "较多"))).isNotEmpty();
    }

    /**
     * While a question waits for its answer the database file is not locked, so another jixiao process (a one-shot
     * {@code list} or {@code set}) gets in at once: the lock H2 takes is the operating system's, which this JVM can
     * ask for too — refused as overlapping while H2 holds it.
     */
    @Test
    void nothingIsHeldWhileAQuestionWaits() throws Exception {
        run("list"); // the database exists
        List<String> held = new ArrayList<>();
        ScriptedPrompter p = new ScriptedPrompter("jiangsu-project", "common", "向导不占库", "2026", LEAVE)
                .whileAsking(() -> {
                    if (!databaseFileFree()) {
                        held.add("question " + (held.size() + 1));
                    }
                });
        assertThat(guided.run(p)).isEmpty();
        assertThat(p.remaining()).isZero();
        assertThat(held).as("questions asked while the database file was locked").isEmpty();
        assertThat(drafts.load()).isPresent(); // and what was answered is kept
    }

    private static boolean databaseFileFree() {
        java.nio.file.Path file = HOME.resolve("db").resolve("jixiao.mv.db");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = ch.tryLock()) {
            return lock != null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void newWithoutOptionsOutsideTheConsoleIsAUsageError() {
        assertThat(failure("new").key()).isEqualTo("option.required");
        assertThat(message(failure("new"))).isEqualTo("命令 new 缺少必填选项 --name");
        assertThat(message(failure("new --name 只有名称"))).isEqualTo("命令 new 缺少必填选项 --year");
        StringWriter err = new StringWriter();
        int code = runner.run(List.of("new"), new PrintWriter(new StringWriter()), new PrintWriter(err),
                new org.springframework.shell.core.InputReader() {
                });
        assertThat(code).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
        assertThat(err.toString()).contains("--name");
    }
}
