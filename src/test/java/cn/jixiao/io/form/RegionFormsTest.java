package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.evaluation.model.EvaluationEntry;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.monitoring.model.MonitoringEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real forms of other regions and kinds (src/test/resources/samples/other-regions/, sources in SOURCES.md, and
 * the Nanjing report) read by their header rows' column roles; each expected count and value was checked by reading
 * the file. Variants mutate rows of these forms.
 */
class RegionFormsTest {
    static final Path DIR = Path.of("src/test/resources/samples/other-regions");
    static final Path CHIZHOU = DIR.resolve("chizhou-guichi-2022-weituo-selfeval.txt");
    static final Path HUANGSHI = DIR.resolve("huangshi-2019-shenyi-monitoring.txt");
    static final Path JINGYAN = DIR.resolve("jingyan-mata-2023-project-targets.txt");
    static final Path NINGDE = DIR.resolve("ningde-2019-dangshi-department-target.txt");
    static final Path QINGSHEN = DIR.resolve("qingshen-2023-gongzi-selfeval.txt");
    static final Path NANJING = Path.of("src/test/resources/samples/nanjing-2023-self-evaluation.txt");
    static final Path JIANGNING = Path.of("src/test/resources/samples/jiangning-2026-project-form.txt");
    static final Path NANTONG = Path.of("src/test/resources/samples/nantong-2026-six-forms.md");

    @TempDir
    Path tmp;

    static List<ImportedForm> read(Path file) {
        List<ImportedForm> forms = FormFiles.readAll(file, FormFormat.detect(file));
        forms.forEach(f -> assertThat(f.isOk()).as("%s: %s", f.location(), f.error()).isTrue());
        return forms;
    }

    static ImportedForm one(Path file) {
        List<ImportedForm> forms = read(file);
        assertThat(forms).hasSize(1);
        return forms.get(0);
    }

    /** A copy of {@code from} with {@code old} replaced (which must occur). */
    Path mutated(Path from, String old, String replacement) throws Exception {
        String text = Files.readString(from);
        assertThat(text).contains(old);
        Path p = tmp.resolve(from.getFileName());
        Files.writeString(p, text.replace(old, replacement));
        return p;
    }

    static List<String> paths(Declaration d) {
        return d.tree().nodes().stream().filter(n -> n.depth() == 3).map(IndicatorTree.Node::path).toList();
    }

    static String full(Declaration d, String path) {
        return d.tree().nodes().stream().filter(n -> n.path().equals(path)).findFirst()
                .map(n -> d.tree().indicator(n.position()).full().text()).orElseThrow(() -> new AssertionError(path));
    }

    static EvaluationEntry entry(Evaluation e, String path) {
        return e.entry(path).orElseThrow(() -> new AssertionError(path + " in " + e.entries()));
    }

    static boolean noted(ImportedForm f, String key, String arg) {
        return f.diagnostics().stream().anyMatch(d -> d.key().equals(key) && d.args().contains(arg));
    }

    @Test
    void theJiangsuSamplesAreNotClaimed() {
        assertThat(RegionForms.claims(JIANGNING, FormFormat.TSV)).isFalse();
        assertThat(RegionForms.claims(NANTONG, FormFormat.MD)).isFalse();
        for (Path p : List.of(CHIZHOU, HUANGSHI, JINGYAN, NINGDE, QINGSHEN, NANJING)) {
            assertThat(RegionForms.claims(p, FormFormat.TSV)).as(p.toString()).isTrue();
        }
    }

    @Test
    void chizhouSelfEvaluation() {
        ImportedForm f = one(CHIZHOU);
        Declaration d = f.declaration();
        assertThat(d.name()).isEqualTo("委托业务项目");
        assertThat(d.header().year()).isEqualTo(2022);
        assertThat(d.header().department()).isEqualTo("219-池州市贵池区棠溪镇人民政府");
        assertThat(d.header().implementer()).isEqualTo("219001-池州市贵池区棠溪镇人民政府");
        // 年度资金总额 row: 全年预算数 0 (as the form states it); 本年财政拨款: 全年预算数 89.974
        assertThat(d.funding().total()).contains(new BigDecimal("0"));
        assertThat(d.funding().amount(FundingSource.FISCAL)).contains(new BigDecimal("89.974"));
        assertThat(d.frameworkId()).isEqualTo("mof-project");
        // ten 三级: 9 scored rows and the truncated 公众满; 经济效益指标 is an empty 二级
        assertThat(paths(d)).hasSize(10).contains("产出指标/成本指标/项目总成本", "满意度指标/满意度指标/公众满");
        assertThat(full(d, "产出指标/数量指标/基建工程委托业务项目数量")).isEqualTo("≥50个");
        assertThat(full(d, "产出指标/成本指标/项目总成本")).isEqualTo("≤90万元");
        // 实际完成值 is never a half-year value
        assertThat(d.tree().nodes().stream().filter(n -> n.depth() == 3)
                .allMatch(n -> d.tree().indicator(n.position()).half().isBlank())).isTrue();
        Evaluation e = f.evaluation().orElseThrow();
        assertThat(e.year()).isEqualTo(2022);
        assertThat(e.executed()).contains(new BigDecimal("0"));
        assertThat(e.entries()).hasSize(10); // the 预算执行率 line and nine rows
        EvaluationEntry execution = entry(e, Evaluation.EXECUTION);
        assertThat(execution.weight()).contains(new BigDecimal("10"));
        assertThat(execution.score()).contains(new BigDecimal("0"));
        EvaluationEntry count = entry(e, "产出指标/数量指标/基建工程委托业务项目数量");
        assertThat(count.actual()).isEqualTo("50");
        assertThat(count.weight()).contains(new BigDecimal("8"));
        assertThat(count.score()).contains(new BigDecimal("8"));
        EvaluationEntry cost = entry(e, "产出指标/成本指标/单项业务成本");
        assertThat(cost.achievement()).contains(Achievement.FULL);
        assertThat(cost.weight()).contains(new BigDecimal("10"));
        assertThat(e.entries().stream().flatMap(x -> x.weight().stream()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("90"); // 10 + 产出 50 + 效益 30 (the 满意度 10 is cut off)
        assertThat(noted(f, "io.note.unstored", "本年财政拨款 年初预算数")).isTrue();
        assertThat(noted(f, "io.no-values", "公众满")).isTrue();
    }

    @Test
    void qingshenSelfEvaluation() {
        ImportedForm f = one(QINGSHEN);
        Declaration d = f.declaration();
        assertThat(d.name()).isEqualTo("工资性支出");
        assertThat(noted(f, "io.note.code", "51000021R000000019951")).isTrue();
        assertThat(d.header().year()).isEqualTo(2023);
        assertThat(d.header().department()).isEqualTo("青神县发展和改革局本级");
        assertThat(d.header().implementer()).isEqualTo("青神县发展和改革局");
        assertThat(d.funding().total()).contains(new BigDecimal("251.89")); // 调整后预算数
        assertThat(d.funding().amount(FundingSource.FISCAL)).contains(new BigDecimal("251.89"));
        assertThat(d.funding().amount(FundingSource.SPECIAL_ACCOUNT)).isEmpty(); // stated 0: noted, not stored
        assertThat(noted(f, "io.note.zero", "财政专户管理资金")).isTrue();
        assertThat(d.frameworkId()).isEqualTo("mof-project");
        assertThat(paths(d)).containsExactly("产出指标/数量指标/发放(缴纳)覆盖率", "效益指标/社会效益指标/足额保障率(参保率)");
        // 指标性质 = | 指标值 100 | 度量单位 %
        assertThat(full(d, "产出指标/数量指标/发放(缴纳)覆盖率")).isEqualTo("=100%");
        assertThat(d.narrative().annualGoal()).startsWith("严格执行相关政策");
        Evaluation e = f.evaluation().orElseThrow();
        assertThat(e.executed()).contains(new BigDecimal("251.89"));
        assertThat(entry(e, Evaluation.EXECUTION).actual()).isEqualTo("100.00%");
        assertThat(entry(e, "产出指标/数量指标/发放(缴纳)覆盖率").weight()).contains(new BigDecimal("60"));
        assertThat(entry(e, "效益指标/社会效益指标/足额保障率(参保率)").weight()).contains(new BigDecimal("30"));
        // 合计 100 = 10 + 60 + 30: no note
        assertThat(f.diagnostics()).noneMatch(x -> x.key().equals("io.note.weights-total"));
        assertThat(noted(f, "io.note.unstored", "评价结论")).isTrue();
    }

    @Test
    void jingyanFlatExportIsTwoDeclarationsInYuan() {
        List<ImportedForm> forms = read(JINGYAN);
        assertThat(forms).hasSize(2);
        Declaration a = forms.get(0).declaration();
        assertThat(a.name()).isEqualTo("村组干部报酬");
        assertThat(a.header().year()).isEqualTo(2023);
        assertThat(a.header().department()).isEqualTo("820-马踏镇部门");
        assertThat(a.header().implementer()).isEqualTo("820001-井研县马踏镇人民政府");
        assertThat(a.funding().total()).contains(new BigDecimal("330.984")); // 3,309,840.00 元
        assertThat(a.narrative().annualGoal()).isEqualTo("按时发放村组干部报酬");
        assertThat(paths(a)).hasSize(8);
        assertThat(full(a, "产出指标/质量指标/按时发放")).isEqualTo("≥1人/年");
        assertThat(full(a, "产出指标/数量指标/村组干部230人")).isEqualTo("≥230个");
        Declaration b = forms.get(1).declaration();
        assertThat(b.name()).isEqualTo("基层组织活动经费");
        assertThat(b.funding().total()).contains(new BigDecimal("66")); // 660,000.00 元
        assertThat(paths(b)).hasSize(5);
        assertThat(full(b, "产出指标/数量指标/行政村数量")).isEqualTo("=11个");
        assertThat(forms.get(1).location()).endsWith(":13");
        assertThat(forms).allMatch(f -> f.evaluation().isEmpty());
        assertThat(a.frameworkId()).isEqualTo("mof-project");
        // the department's own total and the 权重 column are reported, not lost
        assertThat(noted(forms.get(0), "io.note.unstored", "882.762053")).isTrue();
        assertThat(noted(forms.get(0), "io.note.unstored-column", "权重")).isTrue();
    }

    @Test
    void ningdeDepartmentTarget() {
        ImportedForm f = one(NINGDE);
        Declaration d = f.declaration();
        assertThat(d.name()).isEqualTo("中共宁德市委党史和地方志研究室");
        assertThat(d.header().year()).isEqualTo(2019);
        assertThat(d.frameworkId()).isEqualTo("department-target");
        assertThat(d.funding().total()).contains(new BigDecimal("171.41"));
        assertThat(d.funding().expenses()).containsExactly(
                new Expense("项目支出", Optional.empty(), Optional.of(new BigDecimal("60.8"))),
                new Expense("基本支出", Optional.empty(), Optional.of(new BigDecimal("110.61"))));
        assertThat(d.narrative().annualGoal().lines().toList()).hasSize(4).allMatch(l -> l.startsWith("目标"));
        assertThat(d.narrative().content().lines().toList()).hasSize(3)
                .first().asString().startsWith("部门职能：组织、指导、编纂、督促和检查地方志、年鉴、地情工作");
        assertThat(paths(d)).hasSize(7).contains("产出指标/成本指标/基本支出");
        assertThat(full(d, "产出指标/数量指标/按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴")).isEqualTo("≥60%");
        assertThat(noted(f, "io.note.unstored-column", "指标解释")).isTrue();
        assertThat(noted(f, "io.note.unstored", "部门预算编码")).isTrue();
    }

    @Test
    void huangshiMonitoringTableIsRecognised() {
        ImportedForm f = one(HUANGSHI);
        Declaration d = f.declaration();
        assertThat(f.diagnostics().get(0).key()).isEqualTo("io.note.kind.monitoring");
        assertThat(d.name()).isEqualTo("申遗经费");
        assertThat(d.header().year()).isEqualTo(2019);
        assertThat(d.funding().total()).contains(new BigDecimal("220"));
        assertThat(d.funding().amount(FundingSource.GENERAL_BUDGET)).contains(new BigDecimal("220"));
        // 质量 and 时效 without 三级; 成本 and 社会效益 rows carry a target but no 三级 name
        assertThat(paths(d)).containsExactly("产出指标/成本/成本", "效益指标/社会效益/社会效益");
        assertThat(full(d, "产出指标/成本/成本")).isEqualTo("年度预算220万元");
        assertThat(f.evaluation()).isEmpty();
        // its monitoring record: the total's 1-6月执行数, each row's 半年度执行情况 and 完成目标可能性
        Monitoring m = f.monitoring().orElseThrow();
        assertThat(m.asOf()).isEqualTo(java.time.LocalDate.of(2019, 6, 30));
        assertThat(m.executedTotal()).contains(new BigDecimal("87.57"));
        assertThat(m.executed()).isEmpty();
        assertThat(m.entries()).containsExactly(
                new MonitoringEntry("产出指标/成本/成本", "按进度执行,已使用约40%", "", Optional.of(Likelihood.CERTAIN), "", ""),
                new MonitoringEntry("效益指标/社会效益/社会效益", "", "", Optional.of(Likelihood.CERTAIN), "", ""));
        assertThat(noted(f, "io.note.likelihood-shifted", "确定能")).isTrue();
        // a source's 1-6月执行数 has no place in the record: reported
        assertThat(noted(f, "io.note.unstored", "当年一般公共预算拨款 1-6月执行数")).isTrue();
        assertThat(noted(f, "io.note.unstored", "年度资金总额 1-6月执行数")).isFalse();
    }

    @Test
    void nanjingReportIsASelfEvaluation() {
        ImportedForm f = one(NANJING);
        Declaration d = f.declaration();
        assertThat(d.name()).isEqualTo("南京市医疗保障局(本级)");
        assertThat(d.header().department()).isEqualTo("南京市医疗保障局");
        assertThat(d.header().year()).isEqualTo(2023);
        assertThat(d.frameworkId()).isEqualTo("department-self-evaluation");
        assertThat(d.tree().level1s().stream().map(l -> l.name()).toList())
                .containsExactly("决策", "过程", "履职", "效益", "可持续发展", "满意度");
        assertThat(paths(d)).hasSize(41).contains("可持续发展/可持续发展/医保事业培训");
        assertThat(full(d, "可持续发展/可持续发展/医保事业培训")).isEqualTo("20次");
        Evaluation e = f.evaluation().orElseThrow();
        assertThat(e.entries()).hasSize(41);
        assertThat(e.entries().stream().flatMap(x -> x.weight().stream()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(e.entries().stream().flatMap(x -> x.score().stream()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("99");
        EvaluationEntry served = entry(e, "满意度/服务对象满意度/经办服务满意度");
        assertThat(served.actual()).isEqualTo("超过90%。");
        assertThat(served.score()).contains(new BigDecimal("3"));
        assertThat(f.diagnostics()).anyMatch(x -> x.key().equals("io.note.prose"));
        assertThat(f.diagnostics()).noneMatch(x -> x.key().equals("io.note.weights-total"));
    }

    // ---- variants: real rows mutated ------------------------------------------------------------------

    @Test
    void comparatorNumberAndUnitColumnsMakeOneValue() throws Exception {
        Path p = mutated(QINGSHEN, "\t发放(缴纳)覆盖率\t=\t100\t%", "\t发放(缴纳)覆盖率\t≥\t98.5\t%");
        assertThat(full(one(p).declaration(), "产出指标/数量指标/发放(缴纳)覆盖率")).isEqualTo("≥98.5%");
        // no comparator: the direction column's 正向 means ≥
        Path q = mutated(JINGYAN, "行政村数量\t=\t11\t个\t10", "行政村数量\t\t11\t个\t10\t正向指标");
        assertThat(full(read(q).get(1).declaration(), "产出指标/数量指标/行政村数量")).isEqualTo("≥11个");
    }

    @Test
    void notApplicableAmountsAreNoError() throws Exception {
        Path p = mutated(QINGSHEN, "\t其他资金\t\t\t\t\t/\t/", "\t其他资金\t-\t—\t无\t/\t/\t/");
        ImportedForm f = one(p);
        assertThat(f.declaration().funding().amount(FundingSource.OTHER)).isEmpty(); // 单位资金 0, 其他资金 n/a
        assertThat(f.diagnostics()).noneMatch(x -> x.key().equals("io.note.not-amount"));
        Path q = mutated(QINGSHEN, "\t其他资金\t\t\t\t\t/\t/", "\t其他资金\t\t待定\t\t\t/\t/");
        assertThat(noted(one(q), "io.note.not-amount", "待定")).isTrue();
    }

    @Test
    void theStartOfYearBudgetIsTheAmountOnlyWhenTheAdjustedOneIsMissingAndSaysSo() throws Exception {
        // as read: 总额 年初 238.93, 调整后 251.89 — the adjusted one is the amount, the start-of-year one not stored
        ImportedForm f = one(QINGSHEN);
        assertThat(f.declaration().funding().total()).contains(new BigDecimal("251.89"));
        assertThat(noted(f, "io.note.unstored", "238.93")).isTrue();
        // its header row's 年度预算数(万元), over the line labels, is a header (funding-captions), not an unknown cell
        assertThat(f.diagnostics()).noneMatch(d -> d.location().endsWith(":8"));
        assertThat(f.reported()).extracting(SourceCell::text).doesNotContain("年度预算数(万元)");
        String row = "\t总额\t238.93\t251.89\t251.89\t100.00%";
        // 调整后 left blank (no adjustment): 年初 is the amount, said so, and not also called "not stored"
        ImportedForm blank = one(mutated(QINGSHEN, row, "\t总额\t238.93\t\t251.89\t100.00%"));
        assertThat(blank.declaration().funding().total()).contains(new BigDecimal("238.93"));
        assertThat(blank.diagnostics()).filteredOn(d -> d.location().endsWith(":9"))
                .extracting(Diagnostic::key).contains("io.note.initial-as-budget").doesNotContain("io.note.unstored");
        // one cell fewer (the blank one), and 年初 placed in its place rather than reported
        assertThat(blank.placed()).isEqualTo(f.placed());
        assertThat(blank.reported()).hasSize(f.reported().size() - 1);
        // 调整后 not an amount: reported, and 年初 taken in its place, said so
        ImportedForm negative = one(mutated(QINGSHEN, row, "\t总额\t238.93\t-251.89\t251.89\t100.00%"));
        assertThat(negative.declaration().funding().total()).contains(new BigDecimal("238.93"));
        assertThat(noted(negative, "io.note.not-amount", "-251.89")).isTrue();
        assertThat(noted(negative, "io.note.initial-as-budget", "238.93")).isTrue();
        assertThat(negative.diagnostics()).filteredOn(d -> d.location().endsWith(":9"))
                .extracting(Diagnostic::key).doesNotContain("io.note.unstored");
        // a part of 0 (单位资金, 调整后 blank) is "为 0，未存" alone
        ImportedForm zero = one(mutated(QINGSHEN, "\t单位资金\t0.00\t0.00\t0.00\t0.00%", "\t单位资金\t0.00\t\t0.00\t0.00%"));
        assertThat(zero.diagnostics()).filteredOn(d -> d.location().endsWith(":12")).extracting(Diagnostic::key)
                .contains("io.note.zero").doesNotContain("io.note.initial-as-budget");
        assertThat(noted(zero, "io.note.unstored", "单位资金 年初预算数")).isFalse();
    }

    @Test
    void yuanWithThousandsSeparatorsBecomeExactWan() throws Exception {
        Path p = mutated(JINGYAN, "660,000.00", "1,234,567.89");
        assertThat(read(p).get(1).declaration().funding().total()).contains(new BigDecimal("123.456789"));
        assertThat(RoleFormReader.wan(new BigDecimal("1000000"))).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void aThirdProjectInTheFlatExportIsAThirdDeclaration() throws Exception {
        String row = "820001-井研县马踏镇人民政府\t村级公益事业\t50,000.00\t修缮村道\t产出指标\t数量指标\t修缮村道\t≥\t2\t公里\t10\t正向指标\n";
        Path p = mutated(JINGYAN, "基层组织活动经费", row.replace("\n", "") + "\n" + "基层组织活动经费");
        // the inserted line sits before 基层组织活动经费's row: three projects
        List<ImportedForm> forms = read(p);
        assertThat(forms).extracting(f -> f.declaration().name()).containsExactly("村组干部报酬", "村级公益事业", "基层组织活动经费");
        assertThat(forms.get(1).declaration().funding().total()).contains(new BigDecimal("5"));
        assertThat(paths(forms.get(1).declaration())).containsExactly("产出指标/数量指标/修缮村道");
    }

    @Test
    void aLongTermTableBecomesMidTermTargets() throws Exception {
        Path p = mutated(NINGDE, "一级指标\t二级指标\t三级指标\t指标解释\t目标值\n",
                "中长期绩效指标\n一级指标\t二级指标\t三级指标\t指标解释\t目标值\n产出指标\t数量指标\t志书出版\t三年\t≥3部\n"
                        + "年度绩效指标\n一级指标\t二级指标\t三级指标\t指标解释\t目标值\n");
        Declaration d = one(p).declaration();
        assertThat(paths(d)).hasSize(7).doesNotContain("产出指标/数量指标/志书出版");
        assertThat(d.narrative().midTermGoal()).isEqualTo("产出指标/数量指标/志书出版：≥3部");
    }

    @Test
    void placeholdersAndAWrongTotalAreReported() throws Exception {
        Path p = mutated(QINGSHEN, "\t合计\t\t\t\t\t\t\t100", "\t\t\t指标1:\t\t\t\t\t\n\t合计\t\t\t\t\t\t\t95");
        ImportedForm f = one(p);
        assertThat(paths(f.declaration())).hasSize(2);
        assertThat(noted(f, "io.note.placeholder", "指标1:")).isTrue();
        assertThat(f.diagnostics()).anyMatch(x -> x.key().equals("io.note.weights-total")
                && x.args().equals(List.of("95", "100")));
    }

    @Test
    void markdownTablesOfTheSameFormReadTheSame() throws Exception {
        StringBuilder md = new StringBuilder();
        for (String line : Files.readAllLines(QINGSHEN)) {
            md.append(line.contains("\t") ? "| " + line.replace("\t", " | ") + " |" : line).append('\n');
        }
        Path p = tmp.resolve("qingshen.md");
        Files.writeString(p, md.toString());
        ImportedForm f = one(p);
        assertThat(f.declaration()).isEqualTo(one(QINGSHEN).declaration());
        assertThat(f.evaluation()).isEqualTo(one(QINGSHEN).evaluation());
    }
}
