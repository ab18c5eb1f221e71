package cn.jixiao.io.form;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every export format read back: the same declarations (JSON compared, the lossless form). */
class RoundTripTest {
    static List<Declaration> samples() {
        List<Declaration> all = new java.util.ArrayList<>();
        FormReadersTest.read(FormReadersTest.NANTONG).forEach(f -> all.add(f.declaration()));
        FormReadersTest.read(FormReadersTest.JIANGNING).forEach(f -> all.add(f.declaration()));
        return all;
    }

    static String json(Declaration d) {
        return Json.pretty(DeclarationJson.toJson(d.stored(0, 0)));
    }

    static List<String> json(List<Declaration> ds) {
        return ds.stream().map(RoundTripTest::json).toList();
    }

    private static List<Declaration> through(FormFormat format, Path file, List<Declaration> ds) {
        FormFiles.write(ds, true, format, file);
        return FormFiles.readAll(file, format).stream().map(f -> {
            assertThat(f.error()).isEmpty();
            return f.declaration();
        }).toList();
    }

    @Test
    void jsonAndYamlAreLossless(@TempDir Path dir) throws Exception {
        List<Declaration> ds = samples();
        assertThat(json(through(FormFormat.JSON, dir.resolve("all.json"), ds))).isEqualTo(json(ds));
        assertThat(json(through(FormFormat.YAML, dir.resolve("all.yaml"), ds))).isEqualTo(json(ds));
        // a single declaration is one object; exporting it again gives the same bytes
        Path one = dir.resolve("one.json");
        FormFiles.write(List.of(ds.get(1)), false, FormFormat.JSON, one);
        Path again = dir.resolve("again.json");
        FormFiles.write(List.of(FormFiles.readAll(one, FormFormat.JSON).get(0).declaration()), false, FormFormat.JSON, again);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(one));
        assertThat(Files.readString(dir.resolve("all.yaml"))).contains("name: 医保租赁业务专项").doesNotStartWith("---");
    }

    @Test
    void markdownExportReadsBackToTheSameDeclarations(@TempDir Path dir) {
        List<Declaration> ds = samples();
        List<String> back = json(through(FormFormat.MD, dir.resolve("all.md"), ds));
        for (int i = 0; i < ds.size(); i++) {
            assertThat(back.get(i)).isEqualTo(json(ds.get(i)));
        }
        assertThat(back).hasSameSizeAs(ds);
    }

    @Test
    void xlsxExportReadsBackToTheSameDeclarations(@TempDir Path dir) {
        List<Declaration> ds = samples();
        assertThat(json(through(FormFormat.XLSX, dir.resolve("all.xlsx"), ds))).isEqualTo(json(ds));
    }

    @Test
    void csvHasABomAndOneRowPerIndicator(@TempDir Path dir) throws Exception {
        Declaration d = samples().get(1);
        Path csv = dir.resolve("one.csv");
        FormFiles.write(List.of(d), false, FormFormat.CSV, csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("一级指标,二级指标,三级指标,半年(程)指标值,全年(程)指标值");
        assertThat(lines).contains("产出指标,数量指标,租赁车辆车次,≥18辆,≥35辆", "产出指标,成本指标,,,");
        // 16 indicators + 4 empty 二级 (成本指标, 经济效益, 生态效益, 可持续影响) + header
        assertThat(lines).hasSize(21);
    }
}
