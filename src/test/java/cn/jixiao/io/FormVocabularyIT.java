package cn.jixiao.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example of adding a label to the form vocabulary, through the real jar: the YAML block of the README
 * is written to {@code my-templates/forms/labels.yaml}, and a real Nantong form whose 资金总额 reads 项目总投资 is
 * imported without and with {@code JIXIAO_TEMPLATES=my-templates}. Also: {@code import --json} prints its document
 * when it refuses a file.
 */
class FormVocabularyIT {
    private static final Path SAMPLE = Path.of("src/test/resources/samples/nantong-2026-six-forms.md");
    private static final String MARK = "# my-templates/forms/labels.yaml";

    @TempDir
    Path home;

    record Result(int exit, String out, String err) {
    }

    private Result jixiao(String templates, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar")).toAbsolutePath();
        assertThat(jar).isRegularFile();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dspring.aot.enabled=true", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("JIXIAO_") || k.endsWith("JAVA_OPTIONS")
                || k.equals("JAVA_TOOL_OPTIONS"));
        pb.environment().put("JIXIAO_HOME", home.toString());
        pb.environment().put("JIXIAO_DB", home.resolve("data").resolve("jixiao").toString());
        if (templates != null) {
            pb.environment().put("JIXIAO_TEMPLATES", templates);
        }
        File out = home.resolve("stdout.txt").toFile();
        File err = home.resolve("stderr.txt").toFile();
        Process p = pb.redirectOutput(out).redirectError(err).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("jixiao did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    /** The README's YAML block that starts with the file's name. */
    private static String readmeExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("```yaml\n" + MARK);
        assertThat(at).as("the README example").isNotNegative();
        int from = at + "```yaml\n".length();
        return readme.substring(from, readme.indexOf("```", from));
    }

    @Test
    void aLabelAddedInTheTemplatesDirectoryIsRead() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLE).subList(0, 50);
        String form = String.join("\n", lines).replace("| 资金总额  |", "| 项目总投资  |") + "\n";
        assertThat(form).contains("项目总投资");
        Files.writeString(home.resolve("项目表.md"), form);

        Result without = jixiao(null, "import", "项目表.md", "--dry-run", "--json");
        assertThat(without.exit()).as(without.err()).isZero();
        JsonNode before = JsonMapper.builder().build().readTree(without.out()).get("imported").get(0);
        assertThat(before.get("totalFunds").isNull()).isTrue();
        assertThat(before.get("cells").get("reported").asInt()).isEqualTo(2);
        assertThat(before.get("reportedCells").toString()).contains("项目总投资", "58.17", "项目表.md:15");

        Path labels = Files.createDirectories(home.resolve("my-templates").resolve("forms")).resolve("labels.yaml");
        Files.writeString(labels, readmeExample());
        Result with = jixiao("my-templates", "import", "项目表.md", "--dry-run");
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(with.out()).contains("（未保存）医保基金监督检查经费（2026年度）资金总额 58.17 万元，17 个三级指标；单元格：128 个已读取，0 个未读取");
    }

    @Test
    void importJsonPrintsItsDocumentWhenItRefusesAFile() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE).subList(0, 50));
        lines.set(14, lines.get(14).replace("58.17", "五十八"));
        Files.writeString(home.resolve("bad.md"), String.join("\n", lines) + "\n");
        Result r = jixiao(null, "import", "bad.md", "--json");
        assertThat(r.exit()).isEqualTo(2);
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertThat(doc.get("imported")).isEmpty();
        assertThat(doc.get("refused").asBoolean()).isTrue();
        assertThat(doc.get("failed").get(0).get("message").asString()).contains("bad.md:15", "资金总额", "五十八");
        assertThat(r.err()).contains("bad.md:15");
    }
}
