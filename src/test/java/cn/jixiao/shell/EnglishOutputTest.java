package cn.jixiao.shell;

import cn.jixiao.testsupport.ShellTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code JIXIAO_LANG=en} the console speaks English: the common commands are run on a declaration written in
 * Chinese, and what they print may hold no run of three or more Chinese characters that is not the user's own
 * data (the declaration's names, values and texts, as {@code show --json} gives them) or of the official form
 * vocabulary, which is data too: the template catalogue (titles, 一级/二级/三级 names), the form's funding and
 * header labels (资金总额, 实施单位: the English texts use them as the names of the form's fields, and revision
 * summaries are stored with them), the words typed as values (序时进度, 确定能 …) and the name endings the rules
 * look for (满意度, 满意率). Form exports (the official 目标表) stay Chinese and are not looked at here.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "jixiao.lang=en"})
@ShellTest
class EnglishOutputTest {
    private static final Path HOME = ShellTestSupport.createHome("home-en-out-");
    private static final Pattern CHINESE_RUN = Pattern.compile("[\\p{IsHan}]{3,}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ShellTestClient client;

    @Autowired
    CommandRunner runner;

    @Autowired
    cn.jixiao.template.TemplateService templates;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        ShellTestSupport.storeIn(registry, HOME);
    }

    /** Output and message of one command line (a failure's message, as the console shows it). */
    private String run(String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        runner.run(line, new PrintWriter(out, true), new PrintWriter(err, true),
                new org.springframework.shell.core.InputReader() {
                });
        return out + err.toString();
    }

    @Test
    void theCommonCommandsPrintNoChineseButTheUsersData() throws Exception {
        Path dir = Files.createDirectories(HOME.resolve("out"));
        List<String> lines = List.of(
                "new --name 医保租赁业务专项 --year 2026 --department 南通市医疗保障局",
                "add 过程/资金管理 预算执行率 --half =32% --full =100%",
                "add 产出指标/数量指标 租赁车辆车次 --half ≥18辆 --full ≥35辆",
                "add 产出指标/数量指标 资金到位率 --half =100% --full =100%",
                "set 租赁车辆车次 --half '>=20辆'",
                "set 租赁车辆车次 --half ≥20辆",
                "header set 实施单位 南通市医疗保险基金管理中心",
                "funding set 一般公共预算资金 30",
                "expense add 医保租赁业务专项 --half 9.7 --full 30",
                "tree", "show", "list", "validate", "history", "diff 2", "rules", "explain misplaced-indicator",
                "undo", "redo", "fix --dry-run",
                "export --format md --out " + dir.resolve("a.md"),
                "export --format md --out " + dir.resolve("a.md"),
                "export --all --format json --out " + dir.resolve("all.json"),
                "import " + dir.resolve("all.json") + " --dry-run",
                "template list", "template show leasing",
                "eval start --executed 28.5",
                "eval set 租赁车辆车次 --actual 33辆 --reason 两辆车检修停运",
                "eval show", "eval check", "eval weights show",
                "eval export --out " + dir.resolve("e.md"), "eval export --out " + dir.resolve("e.md"),
                "monitor start", "monitor executed total 6.0",
                "monitor set 租赁车辆车次 --actual 15辆 --likelihood 有可能 --reason 人员保障 --measure 增租",
                "monitor show", "monitor history", "monitor undo",
                "monitor export --out " + dir.resolve("m.md"), "monitor export --out " + dir.resolve("m.md"),
                "set 不存在的指标 --half 1", "add 产出指标/数量指标 坏值 --half ≥abc% --full 1",
                "open 不存在的申报", "db info");
        List<String> printed = new ArrayList<>();
        for (String line : lines) {
            printed.add("> " + line + "\n" + run(line));
        }
        Set<String> data = usersData();
        List<String> found = new ArrayList<>();
        for (String block : printed) {
            String command = block.lines().findFirst().orElse("");
            for (String l : block.lines().skip(1).toList()) {
                String rest = l;
                for (String d : data) {
                    rest = rest.replace(d, " ");
                }
                Matcher m = CHINESE_RUN.matcher(rest);
                while (m.find()) {
                    found.add(command + "  →  " + m.group() + "  in: " + l.strip());
                }
            }
        }
        assertThat(found).as("Chinese that is not the user's data, printed with JIXIAO_LANG=en").isEmpty();
        assertThat(String.join("\n", printed)).contains("Exported 1 declaration to ", "Project name",
                "Total funds", "exists, nothing exported; add --force to overwrite it");
    }

    /** Every text of the declaration (names, values, header, funding labels kept as data) and what was typed. */
    private Set<String> usersData() throws Exception {
        Set<String> data = new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
        collect(JSON.readTree(run("show --json --id 1")), data);
        data.addAll(List.of("两辆车检修停运", "人员保障", "增租", "有可能", "不存在的指标", "不存在的申报", "坏值", "33辆",
                "15辆"));
        for (cn.jixiao.template.model.Template t : templates.catalog().all()) {
            data.add(t.title());
            t.levels().forEach(l -> {
                data.add(l.name());
                data.addAll(l.level2());
            });
            for (cn.jixiao.template.model.TemplateIndicator i : templates.catalog().resolve(t.id())) {
                data.addAll(List.of(i.level1(), i.level2(), i.name()));
            }
        }
        for (var f : cn.jixiao.declaration.model.FundingSource.values()) {
            data.add(f.label());
        }
        for (var f : cn.jixiao.declaration.model.HeaderField.values()) {
            data.add(f.label());
        }
        for (var l : cn.jixiao.monitoring.model.Likelihood.values()) {
            data.add(l.label());
        }
        data.addAll(List.of("序时进度", "满意度", "满意率"));
        data.removeIf(String::isBlank);
        return data;
    }

    private static void collect(JsonNode n, Set<String> into) {
        if (n.isString()) {
            into.add(n.asString());
        }
        n.forEach(c -> collect(c, into));
        n.properties().forEach(e -> into.add(e.getKey()));
    }
}
