package cn.jixiao.shell;

import cn.jixiao.testsupport.ShellTestSupport;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help bundle covers every registered command, option and argument in both languages and holds nothing
 * else; {@code help}, {@code help set} and {@code set --help} are Chinese throughout (the English ones are in
 * {@link HelpEnglishTest}).
 */
class HelpTextsTest extends ShellTestSupport {
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @Autowired
    CommandRegistry registry;

    @Autowired
    ApplicationContext context;

    @Autowired
    JixiaoCompleter completer;

    @Autowired
    CommandRunner runner;

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HelpTextsTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The keys each registered command must have: summary, usage, example, one per option and per argument. */
    private Set<String> expectedCommandKeys() {
        Map<String, Set<Integer>> arguments = annotatedArguments();
        Set<String> keys = new TreeSet<>();
        for (Command c : registry.getCommands()) {
            String p = HelpTexts.prefix(c.getName());
            keys.add(p + "summary");
            keys.add(p + "usage");
            keys.add(p + "example");
            for (CommandOption o : c.getOptions()) {
                keys.add(p + "option." + o.longName());
            }
            for (int i : arguments.getOrDefault(c.getName(), Set.of())) {
                keys.add(p + "argument." + i);
            }
        }
        return keys;
    }

    /** The positional arguments of the @Command methods of the context's beans, by command name. */
    private Map<String, Set<Integer>> annotatedArguments() {
        Map<String, Set<Integer>> out = new TreeMap<>();
        for (Map.Entry<Method, String> e : context.getBean(ShellConfig.CommandMethods.class).byMethod().entrySet()) {
            Set<Integer> indexes = out.computeIfAbsent(e.getValue(), k -> new TreeSet<>());
            for (Parameter p : e.getKey().getParameters()) {
                if (p.isAnnotationPresent(Argument.class)) {
                    indexes.add(p.getAnnotation(Argument.class).index());
                } else if (p.isAnnotationPresent(Arguments.class)) {
                    indexes.add(0);
                }
            }
        }
        return out;
    }

    @Test
    void everyCommandOptionAndArgumentHasItsTextsInBothLanguagesAndNothingElseIsThere() throws IOException {
        Set<String> expected = expectedCommandKeys();
        assertThat(expected).contains("command.set.summary", "command.set.option.half", "command.set.argument.0",
                "command.funding-set.argument.1", "command.clear.summary", "command.quit.usage",
                "command.template-apply.argument.0");
        for (String name : List.of("help_zh_CN.properties", "help_en.properties", "help.properties")) {
            Properties b = bundle(name);
            Set<String> commandKeys = new TreeSet<>();
            for (String k : b.stringPropertyNames()) {
                if (k.startsWith("command.")) {
                    commandKeys.add(k);
                }
                assertThat(b.getProperty(k)).as("%s in %s", k, name).isNotBlank();
            }
            assertThat(commandKeys).as("keys missing from %s", name).containsAll(expected);
            assertThat(expected).as("keys in %s for no registered command, option or argument", name)
                    .containsAll(commandKeys);
            for (HelpGroup g : HelpGroup.values()) {
                assertThat(b.getProperty(g.key())).as("%s in %s", g.key(), name).isNotBlank();
            }
        }
        assertThat(bundle("help.properties")).as("help.properties is a copy of help_zh_CN.properties")
                .isEqualTo(bundle("help_zh_CN.properties"));
    }

    @Test
    void chineseTextsAreChineseAndEnglishTextsAreEnglish() throws IOException {
        Properties zh = bundle("help_zh_CN.properties");
        Properties en = bundle("help_en.properties");
        for (String k : zh.stringPropertyNames()) {
            if (k.endsWith(".example") || k.endsWith(".usage")) {
                continue; // command lines: the same words in both languages, Chinese data
            }
            if (!k.startsWith("command.") || k.endsWith(".summary")) {
                assertThat(zh.getProperty(k)).as("Chinese text of %s", k).containsPattern(CJK);
            }
            assertThat(en.getProperty(k)).as("English text of %s", k)
                    .doesNotContainPattern("[\\u4e00-\\u9fff]{3,}").containsPattern("[A-Za-z]{2,}");
        }
    }

    @Test
    void everyCommandIsInANamedGroup() {
        for (Command c : registry.getCommands()) {
            String id = HelpGroup.idOf(c.getGroup());
            if (HelpGroup.of(c) == HelpGroup.OTHER) {
                assertThat(id).as("group of %s (add it to HelpGroup and the help bundles)", c.getName())
                        .isIn("other", "built-in-commands");
            }
        }
        assertThat(HelpGroup.of(registry.getCommandByName("set"))).isEqualTo(HelpGroup.EDITING);
        assertThat(HelpGroup.of(registry.getCommandByName("import"))).isEqualTo(HelpGroup.IMPORT_EXPORT);
        assertThat(HelpGroup.of(registry.getCommandByName("eval show"))).isEqualTo(HelpGroup.SELF_EVALUATION);
        assertThat(HelpGroup.of(registry.getCommandByName("clear"))).isEqualTo(HelpGroup.OTHER);
    }

    @Test
    void helpListsTheGroupsInOrderInChinese() throws Exception {
        List<String> lines = run("help");
        assertThat(lines.get(0)).startsWith("jixiao 命令");
        assertThat(lines).containsSubsequence("申报表", "编辑", "校验", "模板", "导入导出", "绩效自评", "其他");
        assertThat(lines).contains("  clear    清屏")
                .anySatisfy(l -> assertThat(l).startsWith("  add ").endsWith("添加三级指标"))
                .anySatisfy(l -> assertThat(l).startsWith("  funding set ").endsWith("填写收入金额（万元）"));
        for (String line : lines) {
            assertThat(line).doesNotContain("Other", "Clear the terminal", "Built-In");
            if (line.startsWith("  ")) {
                assertThat(line).as("a command's summary in Chinese").containsPattern(CJK);
            }
        }
    }

    @Test
    void helpSetAndSetHelpAreChinese() throws Exception {
        List<String> expected = List.of(
                "set — 修改三级指标的指标值或名称",
                "用法：set <路径> [--half 值] [--full 值] [--rename 新名称] [--id N]",
                "参数（按顺序）：",
                "  <路径>：一级/二级/三级、不致混淆的末尾部分（如 预算执行率），或 tree 显示的位置（如 3.1.2）",
                "选项：",
                "  --half <值>    半年(程)指标值",
                "  --full <值>    全年(程)指标值",
                "  --rename <值>  新名称",
                "  --id <值>      申报表 ID（默认：已打开的）",
                "示例：",
                "  set 预算执行率 --half =32%",
                "  set 3.1.1 --full ≥35辆 --rename 租赁车辆台次");
        assertThat(run("help set")).containsExactlyElementsOf(expected);
        assertThat(run("set --help")).containsExactlyElementsOf(expected);
        assertThat(joined("funding set --help")).startsWith("funding set — 填写收入金额（万元）")
                .contains("  <金额>：万元；- 清空");
        assertThat(joined("export --help")).contains("  --out <值>     输出文件 （必填）");
    }

    /** What TAB offers for {@code line} with the cursor at its end: value → description. */
    static Map<String, String> tab(JixiaoCompleter completer, String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
                candidates);
        Map<String, String> out = new TreeMap<>();
        candidates.forEach(c -> out.put(c.value(), String.valueOf(c.descr())));
        return out;
    }

    @Test
    void tabDescribesCommandsAndOptionsInChinese() {
        assertThat(tab(completer, "funding s")).containsEntry("set", "填写收入金额（万元）");
        assertThat(tab(completer, "fund")).containsKey("funding");
        assertThat(tab(completer, "")).containsEntry("set", "修改三级指标的指标值或名称").containsEntry("clear", "清屏")
                .containsKeys("template", "eval", "exit");
        assertThat(tab(completer, "set 预算执行率 --")).containsEntry("--half", "半年(程)指标值")
                .containsEntry("--rename", "新名称");
        assertThat(tab(completer, "help ")).containsEntry("funding set", "填写收入金额（万元）");
    }

    /** Runs a line as the console does; returns the exit code and what went to stderr. */
    static String failing(CommandRunner runner, String line, int expectedCode) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = runner.run(line, new java.io.PrintWriter(out), new java.io.PrintWriter(err), null);
        assertThat(code).as("exit code of %s", line).isEqualTo(expectedCode);
        assertThat(out.toString()).as("stdout of %s", line).isEmpty();
        return err.toString().strip();
    }

    @Test
    void aMissingArgumentOrValueEndsWithTheUsageFromTheBundle() {
        assertThat(failing(runner, "delete", ExitCodes.USAGE)).isEqualTo("缺少参数：ID（用法：delete <ID> [--yes]）");
        assertThat(failing(runner, "funding set", ExitCodes.USAGE))
                .isEqualTo("缺少参数：来源（用法：funding set <来源> <金额|-> [--id N]）");
        assertThat(failing(runner, "export --out", ExitCodes.USAGE)).isEqualTo("选项 --out 需要一个值"
                + "（用法：export [--id N | --all] [--format json|yaml|md|xlsx|csv] --out 文件 [--force]）");
        // other failures are left as they are
        assertThat(failing(runner, "list --colour", ExitCodes.USAGE)).doesNotContain("用法");
    }
}
