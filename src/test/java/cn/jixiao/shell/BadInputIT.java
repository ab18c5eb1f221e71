package cn.jixiao.shell;

import cn.jixiao.testsupport.JixiaoJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the real jar, as data: each case is a command (and the file it reads, if any), the exit code
 * and the message key expected. Every case must print one line on stderr holding that message's fixed text (no
 * stack trace, class name or SQL), nothing on stdout, and leave every table of the database as it was (checksum
 * before and after).
 */
class BadInputIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    static Path home;
    private static JixiaoJar jixiao;
    private static Path base;

    /** One bad input: a file to write first (name, content), the command, the expected exit code and message key. */
    record Case(String name, Path file, byte[] content, List<String> args, int exit, String key, String also) {
        Case(String name, Path file, byte[] content, List<String> args, int exit, String key) {
            this(name, file, content, args, exit, key, "");
        }

        /** This case, whose message must also hold {@code text} (such as the path in a JSON document). */
        Case saying(String text) {
            return new Case(name, file, content, args, exit, key, text);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void declarationWithContent() throws Exception {
        jixiao = new JixiaoJar(home);
        jixiao.ok("new", "--name", "坏输入测试", "--year", "2026", "--department", "测试局");
        jixiao.ok("add", "产出指标/数量指标", "租赁车辆车次", "--half", "≥18辆", "--full", "≥35辆");
        jixiao.ok("funding", "set", "total", "30");
        jixiao.ok("expense", "add", "办公费", "--half", "9.7", "--full", "30");
        base = home.resolve("base.json");
        jixiao.ok("export", "--format", "json", "--out", base.toString());
        jixiao.ok("template", "save", "--from", "1", "--id", "base-set");
        jixiao.ok("eval", "start", "--executed", "28");
        jixiao.ok("monitor", "start");
    }

    static Stream<Case> cases() throws IOException {
        List<Case> c = new ArrayList<>();
        String esc = "\u001b[31m红\u001b[0m";
        // values the columns cannot hold, limits
        c.add(cmd("indicator name of 10,000 characters", 2, "input.too-long",
                "add", "产出指标/数量指标", "名".repeat(10_000), "--half", "1", "--full", "2"));
        c.add(cmd("project name of 1,001 characters (new)", 2, "input.too-long",
                "new", "--name", "项".repeat(1001), "--year", "2026"));
        c.add(cmd("project name of 1,001 characters (header set)", 2, "input.too-long",
                "header", "set", "name", "项".repeat(1001)));
        c.add(cmd("template title of 300 characters", 2, "input.too-long",
                "template", "save", "--from", "1", "--id", "long-title", "--title", "题".repeat(300)));
        c.add(cmd("huge amount", 2, "amount.too-large", "funding", "set", "total", "99999999999999999999999.99999"));
        c.add(cmd("huge expense position", 2, "expense.not-found", "expense", "set", "#99999999999999999999",
                "--full", "1"));
        c.add(cmd("amount that is no number", 2, "amount.bad", "funding", "set", "total", "abc"));
        c.add(cmd("--year beyond int", 2, "option.number-range", "list", "--year", "99999999999"));
        c.add(cmd("two files for import, which reads one", 2, "argument.surplus", "import",
                home.resolve("a.md").toString(), home.resolve("b.md").toString()).saying("b.md"));
        c.add(cmd("a name with a space, unquoted", 2, "argument.surplus", "header", "set", "name", "医保", "业务")
                .saying("业务"));
        c.add(cmd("an argument for a command that takes none", 2, "argument.surplus", "list", "2026"));
        c.add(cmd("--version beyond int", 2, "option.number-range", "template", "export", "base-set", "--version",
                "999999999999999", "--out", home.resolve("never.yaml").toString()));
        // control characters typed into commands
        c.add(cmd("ESC sequence in an indicator name", 2, "input.control-char",
                "add", "产出指标/数量指标", esc, "--half", "1", "--full", "2"));
        c.add(cmd("BEL in a header field", 2, "input.control-char", "header", "set", "contact", "张三\u0007"));
        c.add(cmd("LF inside a header value", 2, "input.control-char", "header", "set", "contact", "张三\n13800000000"));
        c.add(cmd("CR inside an indicator value", 2, "input.control-char",
                "add", "产出指标/数量指标", "覆盖人数", "--half", "1\r", "--full", "2"));
        c.add(cmd("U+202E in a project name", 2, "input.control-char", "new", "--name", "项目\u202Eexe.txt",
                "--year", "2026"));
        c.add(file("NUL in a script line", "nul.txt",
                "add 产出指标/数量指标 甲\u0000乙 --half 1 --full 2\n".getBytes(StandardCharsets.UTF_8),
                2, "input.control-char", "script"));
        // malformed JSON and YAML: named by their path in the document, nothing stored
        c.add(json("\"year\": \"abc\"", "year.json", 2, "json.bad-type",
                d -> d.set("header", ((ObjectNode) d.get("header")).put("year", "abc"))));
        c.add(json("indicators as a string", "ind-string.json", 2, "json.bad-type", d -> d.put("indicators", "全部")));
        c.add(json("indicators as an object", "ind-object.json", 2, "json.bad-type",
                d -> d.set("indicators", JSON.createObjectNode().put("name", "产出指标"))));
        c.add(json("\"children\": null", "children-null.json", 2, "json.bad-type", d -> {
            ((ObjectNode) d.get("indicators").get(0)).putNull("children");
            return d;
        }));
        c.add(json("amount beyond the limit", "amount.json", 2, "json.bad-value", d -> {
            ((ObjectNode) d.get("funding").get("sources")).put("total", new java.math.BigDecimal("1e30"));
            return d;
        }).saying("$.funding.sources.total 金额 1000000000000000000000000000000 超出范围：整数部分最多 16 位"));
        c.add(json("amount that is no number", "amount-abc.json", 2, "json.bad-value", d -> {
            ((ObjectNode) d.get("funding").get("sources")).put("total", "abc");
            return d;
        }).saying("$.funding.sources.total 金额无法识别：“abc”"));
        c.add(json("expense amount with too many digits", "expense-digits.json", 2, "json.bad-value", d -> {
            ((ObjectNode) d.get("funding").get("expenses").get(0)).put("full", "12345678901234567.5");
            return d;
        }).saying("$.funding.expenses[0].full 金额 12345678901234567.5 超出范围"));
        c.add(json("expense amount as an object", "expense-object.json", 2, "json.bad-type", d -> {
            ((ObjectNode) d.get("funding").get("expenses").get(0)).set("half", JSON.createObjectNode());
            return d;
        }).saying("$.funding.expenses[0].half"));
        c.add(json("unknown funding source", "source.json", 2, "json.bad-value", d -> {
            ((ObjectNode) d.get("funding").get("sources")).put("lottery", 3);
            return d;
        }).saying("$.funding.sources.lottery 未知资金来源 lottery"));
        c.add(json("ESC in a name", "esc.json", 2, "json.control-char",
                d -> d.set("header", ((ObjectNode) d.get("header")).put("name", esc))));
        c.add(json("project name of 1,001 characters", "long-name.json", 2, "io.form-refused",
                d -> d.set("header", ((ObjectNode) d.get("header")).put("name", "项".repeat(1001)))));
        String valid = Files.readString(base);
        c.add(file("lone surrogate", "surrogate.json",
                valid.replace("\"坏输入测试\"", "\"坏\\ud800输入\"").getBytes(StandardCharsets.UTF_8),
                2, "json.control-char", "import"));
        c.add(file("trailing tokens", "trailing.json", (valid + "\n{}\n").getBytes(StandardCharsets.UTF_8),
                2, "io.malformed-at", "import"));
        c.add(file("YAML alias bomb as indicators", "bomb.yaml", yamlBomb().getBytes(StandardCharsets.UTF_8),
                2, "json.bad-type", "import"));
        // files that cannot be read, and why
        c.add(file("Markdown that is not UTF-8", "gbk.md", new byte[]{(byte) 0xC4, (byte) 0xFA, (byte) 0xBA,
                (byte) 0xC3, '\n'}, 2, "io.not-utf8", "import"));
        c.add(file("xlsx that is no workbook", "fake.xlsx", "PK not really a zip".getBytes(StandardCharsets.UTF_8),
                2, "io.xlsx.unreadable", "import"));
        c.add(cmd("script that does not exist", 2, "file.not-found", "script", home.resolve("nope.txt").toString()));
        c.add(cmd("script that is a folder", 2, "file.unreadable", "script", home.toString()));
        c.add(cmd("export onto an existing file", 2, "io.exists",
                "export", "--format", "json", "--out", home.resolve("base.json").toString()));
        c.add(cmd("eval export onto an existing file", 2, "io.exists",
                "eval", "export", "--format", "json", "--out", home.resolve("base.json").toString()));
        c.add(cmd("monitor export onto an existing file", 2, "io.exists",
                "monitor", "export", "--format", "md", "--out", home.resolve("base.json").toString()));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedAndChangesNothing(Case c) throws Exception {
        List<String> args = new ArrayList<>(c.args());
        if (c.file() != null) {
            Files.write(c.file(), c.content());
            args.add(c.file().toString());
        }
        byte[] baseBefore = Files.readAllBytes(base);
        String before = jixiao.checksum();
        JixiaoJar.Result r = jixiao.run(args.toArray(String[]::new));
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(c.exit());
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.errLines()).as("one line on stderr").hasSize(1);
        String line = r.errLines().get(0);
        // the text between placeholders, a placeholder being {0} or {2,choice,0#…|1#… {2} …}
        for (String fixed : ZH.get(c.key()).split("\\{\\d+(,[^{}]*(\\{[^{}]*}[^{}]*)*)?}")) {
            assertThat(line).as("message %s", c.key()).contains(fixed.strip());
        }
        assertThat(line).as("message").contains(c.also());
        assertThat(line).as("no internals").doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+|Exception|SQL|jdbc");
        assertThat(jixiao.checksum()).as("every table as it was").isEqualTo(before);
        assertThat(Files.readAllBytes(base)).as("an existing file is not overwritten").isEqualTo(baseBefore);
    }

    private static Case cmd(String name, int exit, String key, String... args) {
        return new Case(name, null, null, List.of(args), exit, key);
    }

    private static Case file(String name, String file, byte[] content, int exit, String key, String... args) {
        return new Case(name, home.resolve("cases").resolve(file), content, List.of(args), exit, key);
    }

    /** A case importing the exported declaration changed by {@code change}. */
    private static Case json(String name, String file, int exit, String key, UnaryOperator<ObjectNode> change)
            throws IOException {
        Files.createDirectories(home.resolve("cases"));
        ObjectNode d = (ObjectNode) JSON.readTree(Files.readString(base));
        byte[] text = JSON.writeValueAsBytes(change.apply(d));
        return file(name, file, text, exit, key, "import");
    }

    /** A billion laughs: nine levels of ten aliases each, used as the indicators. */
    private static String yamlBomb() {
        StringBuilder y = new StringBuilder("header:\n  name: 炸弹\n  year: 2026\n");
        y.append("a0: &a0 [\"哈\"]\n");
        for (int i = 1; i < 9; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                y.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        y.append("indicators: *a8\n");
        return y.toString();
    }
}
