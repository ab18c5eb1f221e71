package cn.jixiao.io;

import cn.jixiao.declaration.DeclarationSummary;
import cn.jixiao.model.DomainException;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.testsupport.ShellTestSupport;
import cn.jixiao.validation.FileValidation;
import cn.jixiao.validation.ValidationService;
import cn.jixiao.validation.ValidationView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** import, export and validate --file through the shell, on the test context's database. */
class IoCommandsTest extends ShellTestSupport {
    static final Path NANTONG = Path.of("src/test/resources/samples/nantong-2026-six-forms.md").toAbsolutePath();
    static final Path JIANGNING = Path.of("src/test/resources/samples/jiangning-2026-project-form.txt").toAbsolutePath();

    @org.springframework.beans.factory.annotation.Autowired
    FileValidation fileValidation;

    @org.springframework.beans.factory.annotation.Autowired
    ValidationView validationView;

    @org.springframework.beans.factory.annotation.Autowired
    ValidationService validation;

    private int count() {
        return repository.list(Optional.empty()).size();
    }

    private Path temp(String name) throws Exception {
        return Files.createDirectories(HOME.resolve("io")).resolve(name);
    }

    /** Copies a sample under a new name with its project names made unique for this test. */
    private Path sample(Path from, String name, String tag) throws Exception {
        Path p = temp(name);
        // every form named apart from other tests' (importing a form again is refused without --update)
        String text = Files.readString(from).replace("医保", "医保" + tag).replace("江宁", "江宁" + tag)
                .replace("医疗保障能力", "医疗保障能力" + tag).replace("网络设备", "网络设备" + tag);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void importsSixFormsOneLineEach() throws Exception {
        Path p = sample(NANTONG, "six.md", "甲");
        int before = count();
        List<String> out = run("import " + p);
        assertThat(count()).isEqualTo(before + 6);
        assertThat(out.get(0)).matches("#\\d+ 医保甲基金监督检查经费（2026年度）资金总额 58\\.17 万元，17 个三级指标；单元格：128 个已读取，0 个未读取；校验：1 个错误，2 个警告");
        assertThat(out).anySatisfy(l -> assertThat(l).contains("医保甲租赁业务专项（2026年度）资金总额 30.00 万元，16 个三级指标"));
        assertThat(out).anySatisfy(l -> assertThat(l).contains(p + ":190").contains("监督检查次数"));
        assertThat(out.get(out.size() - 2)).isEqualTo("已导入 6 张申报表，0 张未能读取");
        // every form is validated as it is imported: 医保租赁业务专项 (=32% against 9.7/30) has no error
        assertThat(out).anySatisfy(l -> assertThat(l).contains("医保甲租赁业务专项（2026年度）").endsWith("；校验：0 个错误，1 个警告"));
        assertThat(out.get(out.size() - 1)).isEqualTo("5 张申报表校验有错误：validate --all 查看，fix 可自动修正一部分");
        long id = idIn(out.get(0));
        JsonNode listed = listed(id);
        assertThat(listed.get("totalFunds").decimalValue()).isEqualByComparingTo("58.17");
        assertThat(listed.get("indicators").asInt()).isEqualTo(17);
    }

    @Test
    void markdownToStoreToJsonToStoreToJsonIsIdentical() throws Exception {
        Path p = sample(JIANGNING, "jn.txt", "乙");
        long first = idIn(run("import " + p).get(0));
        Path json1 = temp("jn1.json");
        run("export --id " + first + " --format json --out " + json1);
        // the same form again is refused; with --update it matches the stored one and stores no new revision
        assertThat(failure("import " + json1).key()).isEqualTo("import.exists");
        List<String> again = run("import " + json1 + " --update");
        long second = idIn(again.get(0));
        assertThat(second).isEqualTo(first);
        assertThat(again.get(0)).contains("— 与已存的第 1 版相同，未另存新版本");
        assertThat(repository.load(first).revision()).isEqualTo(1);
        Path json2 = temp("jn2.json");
        run("export --id " + second + " --format json --out " + json2);
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json1));
        assertThat(repository.load(second).funding().total()).contains(new BigDecimal("60"));
        // yaml and xlsx through the store as well
        Path yaml = temp("jn.yaml");
        run("export --id " + second + " --format yaml --out " + yaml);
        long third = idIn(run("import " + yaml + " --update").get(0));
        Path xlsx = temp("jn.xlsx");
        run("export --id " + third + " --out " + xlsx);
        long fourth = idIn(run("import " + xlsx + " --update").get(0));
        Path json4 = temp("jn4.json");
        run("export --id " + fourth + " --format json --out " + json4);
        assertThat(Files.readString(json4)).isEqualTo(Files.readString(json1));
        assertThat(List.of(third, fourth)).containsOnly(first);
        assertThat(repository.load(first).revision()).isEqualTo(1);
    }

    @Test
    void dryRunStoresNothing() throws Exception {
        Path p = sample(NANTONG, "dry.md", "丙");
        int before = count();
        List<String> out = run("import " + p + " --dry-run");
        assertThat(out.get(0)).startsWith("（未保存）医保丙基金监督检查经费");
        assertThat(out.get(out.size() - 2)).isEqualTo("试读 6 张申报表（未保存），0 张未能读取");
        assertThat(out.get(out.size() - 1)).isEqualTo("5 张申报表校验有错误：validate --file " + p + " 查看详情");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void updateMakesANewRevisionOfTheSameForm() throws Exception {
        Path p = sample(JIANGNING, "up.txt", "丁");
        long id = idIn(run("import " + p).get(0));
        int before = count();
        Files.writeString(p, Files.readString(p).replace("机关作风满意度\t>95%", "机关作风满意度\t≥96%"));
        List<String> out = run("import " + p + " --update");
        assertThat(idIn(out.get(0))).isEqualTo(id);
        assertThat(out.get(0)).contains("— 已存为第 2 版");
        assertThat(count()).isEqualTo(before);
        assertThat(repository.load(id).revision()).isEqualTo(2);
        assertThat(FormsOf.half(repository.load(id), "机关作风满意度")).isEqualTo("≥96%");

        // the same file again: refused without --update, naming the declaration; with it, nothing new is stored
        DomainException e = failure("import " + p);
        assertThat(e.key()).isEqualTo("import.exists");
        assertThat(message(e)).contains("#" + id);
        out = run("import " + p + " --update");
        assertThat(out.get(0)).startsWith("#" + id + " ").contains("与已存的第 2 版相同，未另存新版本");
        assertThat(repository.load(id).revision()).isEqualTo(2);

        // two declarations with that name, year and department: --update can't tell which, and says so
        var header = repository.load(id).header();
        long twin = idIn(one("new --name " + header.name() + " --year 2026 --department " + header.department()
                + " --force"));
        e = failure("import " + p + " --update");
        assertThat(e.key()).isEqualTo("import.update-ambiguous");
        assertThat(message(e)).contains("#" + id, "#" + twin);
        assertThat(repository.load(id).revision()).isEqualTo(2);
    }

    @Test
    void malformedFilesStoreNothingAndNameTheLine() throws Exception {
        int before = count();
        // a non-numeric 资金总额 in the third form: the first two are not stored either (one transaction)
        Path bad = temp("bad-total.md");
        Files.writeString(bad, Files.readString(NANTONG).replace("|              |  | 资金总额  |              |              | 45.4 ",
                "|              |  | 资金总额  |              |              | 四十五 "));
        DomainException e = failure("import " + bad);
        assertThat(e.key()).isEqualTo("io.bad-amount");
        assertThat(message(e)).isEqualTo(bad + ":113：资金总额 的金额应为数字（万元），而不是“四十五”");
        assertThat(count()).isEqualTo(before);
        // a negative amount is named as such, for 资金总额 and for a 支出 line (the first form's 医保基金检查 25)
        Path negative = temp("negative-total.md");
        Files.writeString(negative, Files.readString(NANTONG).replace("|              |  | 资金总额  |              |              | 45.4 ",
                "|              |  | 资金总额  |              |              | -45.4 "));
        assertThat(message(failure("import " + negative)))
                .isEqualTo(negative + ":113：资金总额 的金额不能为负数，而表上是“-45.4”");
        Path negativeLine = temp("negative-expense.md");
        Files.writeString(negativeLine, Files.readString(NANTONG).replace("| 医保基金检查  |          |              | 25 ",
                "| 医保基金检查  |          |              | －25 "));
        assertThat(message(failure("import " + negativeLine)))
                .isEqualTo(negativeLine + ":25：医保基金检查 的金额不能为负数，而表上是“－25”");
        assertThat(count()).isEqualTo(before);
        // a truncated table
        Path cut = temp("cut.md");
        List<String> lines = Files.readAllLines(NANTONG);
        Files.writeString(cut, String.join("\n", lines.subList(0, 120)) + "\n| | | 社保基金 | | 0");
        DomainException t = failure("import " + cut);
        assertThat(message(t)).contains(cut + ":121").contains("截断");
        assertThat(count()).isEqualTo(before);
        // bad JSON
        Path json = temp("bad.json");
        Files.writeString(json, "[\n  { \"schema\": \"jixiao.declaration/1\", \"header\": { \"name\": \"甲\", } }\n]\n");
        DomainException j = failure("import " + json);
        assertThat(j.key()).isEqualTo("io.malformed-at");
        assertThat(message(j)).startsWith(json + ":2:");
        assertThat(count()).isEqualTo(before);
        DomainException missing = failure("import " + temp("missing.md"));
        assertThat(missing.key()).isEqualTo("io.no-file");
    }

    @Test
    void aFileHoldingOneProjectTwiceIsRefusedNamingBothPlaces() throws Exception {
        Path once = sample(JIANGNING, "twice-once.txt", "辛");
        Path twice = temp("twice.txt");
        Files.writeString(twice, Files.readString(once) + "\n" + Files.readString(once));
        int before = count();
        DomainException e = failure("import " + twice);
        assertThat(e.key()).isEqualTo("import.twice");
        assertThat(message(e)).isEqualTo("“医保辛局业务工作经费”（2026年度，南京市医疗保障局江宁辛分局）在这个文件里有两张（"
                + twice + ":3 和 " + twice + ":55）：同一项目只导入一次；要把后一张存为前一张的新版本，加 --update");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void keepGoingStoresTheGoodFormsAndListsTheBad() throws Exception {
        Path bad = sample(NANTONG, "keep.md", "戊");
        Files.writeString(bad, Files.readString(bad).replace("|              |  | 资金总额  |              |              | 45.4 ",
                "|              |  | 资金总额  |              |              | 四十五 "));
        int before = count();
        try {
            run("import " + bad + " --keep-going");
            throw new AssertionError("expected exit code 1");
        } catch (Exception e) {
            CommandFailedException f = causeOf(e);
            assertThat(f.exitCode()).isEqualTo(1);
            assertThat(f.getMessage()).startsWith("1 张申报表未能读取");
        }
        assertThat(count()).isEqualTo(before + 5);
        assertThat(repository.findByName("医保戊医疗保障能力提升经费")).isEmpty();
        assertThat(repository.findByName("医保戊印刷费")).hasSize(1);
    }

    @Test
    void importJsonOutputAndNoProgressOutsideTheConsole() throws Exception {
        Path p = sample(JIANGNING, "js.txt", "己");
        JsonNode out = json("import " + p + " --json --dry-run");
        assertThat(out.get("dryRun").asBoolean()).isTrue();
        assertThat(out.get("imported")).hasSize(1);
        JsonNode form = out.get("imported").get(0);
        assertThat(form.get("id").isNull()).isTrue();
        assertThat(form.get("totalFunds").decimalValue()).isEqualTo(new BigDecimal("60.00"));
        assertThat(form.get("indicators").asInt()).isEqualTo(22);
        assertThat(form.get("diagnostics").get(1).get("location").asString()).isEqualTo(p + ":28");
        // every non-empty cell of the form placed or reported
        assertThat(form.get("cells").get("placed").asInt()).isEqualTo(140);
        assertThat(form.get("cells").get("reported").asInt()).isZero();
        assertThat(form.get("reportedCells")).isEmpty();
        // validated as read: the same counts validate --file gives
        JsonNode validated = JSON.readTree(validationView.json(fileValidation.validate(p.toString(), validation.validator())));
        assertThat(form.get("errors").asInt()).isEqualTo(validated.get("errors").asInt());
        assertThat(form.get("warnings").asInt()).isEqualTo(validated.get("warnings").asInt());
        assertThat(out.get("failed")).isEmpty();
    }

    @Test
    void validateFileGivesTheValidateJsonWithNullIds() throws Exception {
        Path p = sample(NANTONG, "val.md", "庚");
        int before = count();
        // the forms have errors (misplaced rows …): exit 1, after printing what the view renders here
        try {
            run("validate --file " + p + " --json");
            throw new AssertionError("expected exit code 1");
        } catch (Exception e) {
            assertThat(causeOf(e).exitCode()).isEqualTo(1);
        }
        JsonNode out = JSON.readTree(validationView.json(fileValidation.validate(p.toString(), validation.validator())));
        assertThat(count()).isEqualTo(before);
        assertThat(out.get("declarations")).hasSize(6);
        JsonNode first = out.get("declarations").get(0);
        assertThat(first.has("id")).isTrue();
        assertThat(first.get("id").isNull()).isTrue();
        assertThat(first.get("name").asString()).isEqualTo("医保庚基金监督检查经费");
        assertThat(out.get("declarations").get(3).get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asString()).isEqualTo("import");
            assertThat(f.get("path").asString()).isEqualTo(p + ":190");
        });
        assertThat(out.get("errors").isIntegralNumber()).isTrue();
        assertThat(out.get("warnings").isIntegralNumber()).isTrue();
        assertThat(first.get("cells").get("placed").asInt()).isEqualTo(128);
        assertThat(first.get("reportedCells")).isEmpty();
        // the text names the form's cells too
        assertThat(validationView.text(fileValidation.validate(p.toString(), validation.validator())))
                .contains("医保庚基金监督检查经费（2026年度）— " + p + ":1；单元格：128 个已读取，0 个未读取");
    }

    @Test
    void aFormWithCellsItCannotPlaceSaysWhichAndWhere() throws Exception {
        // the first Nantong form with a stray note beside its 年度目标 row and a number where its text was
        List<String> lines = new ArrayList<>(Files.readAllLines(NANTONG).subList(0, 50));
        lines.set(27, "| 年度目标 | 19 | 附件见另册 |  |  |  |  |  |  |");
        Path p = temp("cells.md");
        Files.writeString(p, String.join("\n", lines) + "\n");
        List<String> out = run("import " + p + " --dry-run");
        assertThat(out.get(0)).contains("单元格：127 个已读取，2 个未读取");
        assertThat(out).contains("    " + p + ":28：“年度目标”旁的数字 19 不是它的内容，已忽略");
        JsonNode json = json("import " + p + " --dry-run --json").get("imported").get(0);
        assertThat(json.get("reportedCells")).hasSize(2);
        assertThat(json.get("reportedCells").get(0).get("text").asString()).isEqualTo("19");
        assertThat(json.get("reportedCells").get(1).get("location").asString()).isEqualTo(p + ":28");
    }

    @Test
    void csvExportStartsWithABom() throws Exception {
        Path p = sample(JIANGNING, "csv.txt", "辛");
        long id = idIn(run("import " + p).get(0));
        Path csv = temp("out.csv");
        assertThat(one("export --id " + id + " --format csv --out " + csv)).isEqualTo("已导出 1 张申报表到 " + csv + "（csv）");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("满意度指标,服务对象满意度,机关作风满意度,>95%,>98%");
        DomainException e = failure("export --id " + id + " --out " + temp("noext"));
        assertThat(e.key()).isEqualTo("io.format-needed");
    }

    @Test
    void fileCompletionListsMatchingEntries() throws Exception {
        Path dir = Files.createDirectories(HOME.resolve("complete"));
        Files.writeString(dir.resolve("forms-2026.md"), "");
        Files.createDirectories(dir.resolve("forms-dir"));
        assertThat(IoCompletions.files(dir + "/forms-")).extracting(c -> c.value())
                .containsExactly(dir + "/forms-2026.md", dir + "/forms-dir/");
    }

    private static CommandFailedException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CommandFailedException f) {
                return f;
            }
        }
        throw new AssertionError("no CommandFailedException in " + e, e);
    }

    /** Reads values of the stored declarations. */
    static final class FormsOf {
        static String half(cn.jixiao.declaration.model.Declaration d, String path) {
            return d.tree().indicator(d.tree().resolve(path).position()).half().text();
        }
    }

    static List<DeclarationSummary> none() {
        return List.of();
    }
}
