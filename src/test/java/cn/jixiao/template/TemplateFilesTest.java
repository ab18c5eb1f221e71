package cn.jixiao.template;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.KnownIndicator;
import cn.jixiao.json.Json;
import cn.jixiao.template.model.Harvest;
import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateIndicator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shipped file in templates/ loads and lints clean, and says what the domain says. */
class TemplateFilesTest {
    static final Path TEMPLATES = Path.of("templates");

    static List<TemplateSource> shipped() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(TEMPLATES.resolve("forms"))).sorted().map(p -> {
                try {
                    return new TemplateSource(p.toString(), Files.readString(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    static TemplateCatalog catalog() throws IOException {
        return new TemplateCatalog(List.copyOf(TemplateSet.read(shipped(), TemplateReader.Lookup.NONE).templates().values()));
    }

    @Test
    void everyFileLoadsAndLintsClean() throws IOException {
        List<TemplateSource> files = shipped();
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        TemplateSet.Outcome read = TemplateSet.read(files, TemplateReader.Lookup.NONE);
        assertThat(read.problems()).isEmpty();
        assertThat(read.templates()).hasSize(files.size());
        assertThat(read.templates().keySet()).contains("jiangsu-project", "mof-core", "department-self-evaluation",
                "common", "fund-supervision", "it-operations", "equipment-purchase", "expert-labour", "printing",
                "training-publicity", "leasing", "research");
        // and each file again on its own, against the others (as `template lint FILE` does)
        TemplateCatalog catalog = catalog();
        for (TemplateSource f : files) {
            assertThat(TemplateReader.read(f.name(), f.text(), catalog.lookup()).problems()).as(f.name()).isEmpty();
        }
    }

    @Test
    void theJiangsuFrameworkFileIsTheBuiltInOne() throws IOException {
        assertThat(catalog().find("jiangsu-project").orElseThrow().toFramework())
                .isEqualTo(cn.jixiao.indicator.model.Framework.JIANGSU);
    }

    @Test
    void theCommonSetHasTheElevenCommonIndicatorsWithTheirPlaceValuesAndKinds() throws IOException {
        List<KnownIndicator> fromFile = catalog().resolve("common").stream().map(TemplateIndicator::toKnown).toList();
        assertThat(fromFile).containsExactlyInAnyOrderElementsOf(KnownIndicator.COMMON);
    }

    @Test
    void everyIndicatorHasOneCanonicalPlaceAcrossAllSets() throws IOException {
        TemplateCatalog catalog = catalog();
        Map<String, String> place = new HashMap<>();
        for (Template t : catalog.all()) {
            if (t.isFramework()) {
                continue;
            }
            assertThat(t.framework()).isEqualTo("jiangsu-project");
            for (TemplateIndicator i : catalog.resolve(t.id())) {
                String before = place.putIfAbsent(i.name(), i.parentPath());
                assertThat(before == null ? i.parentPath() : before).as(i.name()).isEqualTo(i.parentPath());
                assertThat(i.explanation()).as(i.path()).isNotBlank();
                assertThat(i.keywords()).as(i.path()).isNotEmpty();
            }
        }
        assertThat(catalog.resolve("fund-supervision")).extracting(TemplateIndicator::name)
                .contains("预算执行率", "经费支出合规性", "基金监管培训参训率");
    }

    @Test
    void theSelfEvaluationWeightsSumTo100() throws IOException {
        Template t = catalog().find("department-self-evaluation").orElseThrow();
        assertThat(t.levels()).extracting(s -> s.name()).containsExactly("决策", "过程", "履职", "效益", "可持续发展", "满意度");
        assertThat(t.indicators().stream().map(i -> i.weight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
    }

    @Test
    void writingAndReadingBackGivesTheSameTemplate() throws IOException {
        TemplateCatalog catalog = catalog();
        for (Template t : catalog.all()) {
            String yaml = TemplateWriter.write(t);
            assertThat(yaml).doesNotStartWith("---").doesNotContain("\"id\"");
            Template back = TemplateReader.read("x", yaml, catalog.lookup()).template().orElseThrow();
            assertThat(withoutLines(back)).as(t.id()).isEqualTo(withoutLines(t));
        }
    }

    static Template withoutLines(Template t) {
        return new Template(t.id(), t.title(), t.kind(), t.framework(), t.description(), t.includes(), t.levels(),
                t.indicators().stream().map(i -> new TemplateIndicator(i.level1(), i.level2(), i.name(), i.half(),
                        i.full(), i.unit(), i.kind(), i.weight().map(BigDecimal::stripTrailingZeros), i.explanation(),
                        i.keywords(), i.aliases(), 0)).toList());
    }

    static List<Declaration> sixForms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/templates-harvest"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> {
                        try {
                            return DeclarationJson.fromJson(Json.read(Files.readString(p)), p.toString());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

    @Test
    void harvestOverTheSixFormsGivesTheElevenCommonIndicatorsWithCount6() throws IOException {
        List<Harvest.Row> rows = Harvest.of(sixForms(), 6);
        assertThat(rows).hasSize(11).allMatch(r -> r.count() == 6);
        for (KnownIndicator k : KnownIndicator.COMMON) {
            Harvest.Row r = rows.stream().filter(x -> x.name().equals(k.name())).findFirst().orElseThrow();
            assertThat(r.parent()).as(k.name()).isEqualTo(k.parentPath());
            assertThat(r.full()).as(k.name()).isEqualTo(k.full());
        }
        // the 网络设备 form files 资金分配合理性 under 过程/资金管理: five of six agree on 决策/资金投入
        assertThat(rows.stream().filter(r -> r.name().equals("资金分配合理性")).findFirst().orElseThrow().parentCount())
                .isEqualTo(5);
        assertThat(rows.stream().filter(r -> r.name().equals("预算执行率")).findFirst().orElseThrow().half())
                .isEqualTo("=50%");
        List<Harvest.Row> three = Harvest.of(sixForms(), 3);
        assertThat(three).extracting(Harvest.Row::name).contains("经费支出时效性").hasSize(12);
    }
}
