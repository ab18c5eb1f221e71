package cn.jixiao.template;

import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Bad template files give problems that name the file and the line, and no template. */
class TemplateLintTest {
    private static final Path BAD = Path.of("src/test/resources/templates-bad");

    private static TemplateReader.Read lint(String file) throws IOException {
        Path p = BAD.resolve(file);
        return TemplateReader.read(p.toString(), Files.readString(p), TemplateFilesTest.catalog().lookup());
    }

    private static List<TemplateProblem> problems(String file) throws IOException {
        TemplateReader.Read r = lint(file);
        assertThat(r.template()).isEmpty();
        assertThat(r.problems()).allMatch(p -> p.file().endsWith(file));
        return r.problems();
    }

    @Test
    void unknownFrameworkPath() throws IOException {
        assertThat(problems("unknown-path.yaml")).extracting(TemplateProblem::line, TemplateProblem::key)
                .containsExactly(tuple(9, "template.lint.unknown-path"));
    }

    @Test
    void duplicateIndicatorInTheFileAndAgainstAnIncludedSet() throws IOException {
        assertThat(problems("duplicate.yaml")).extracting(TemplateProblem::line, TemplateProblem::key)
                .containsExactly(tuple(10, "template.lint.duplicate"), tuple(12, "template.lint.duplicate-included"));
    }

    @Test
    void unparsableDefaultValueAndBadKind() throws IOException {
        assertThat(problems("bad-value.yaml")).extracting(TemplateProblem::line, TemplateProblem::key)
                .containsExactly(tuple(7, "template.lint.bad-value"), tuple(12, "template.lint.bad-indicator-kind"));
    }

    @Test
    void unknownInclude() throws IOException {
        assertThat(problems("unknown-include.yaml")).extracting(TemplateProblem::line, TemplateProblem::key)
                .containsExactly(tuple(7, "template.lint.unknown-include"));
    }

    @Test
    void unknownFramework() throws IOException {
        assertThat(problems("unknown-framework.yaml")).extracting(TemplateProblem::line, TemplateProblem::key)
                .containsExactly(tuple(4, "template.lint.unknown-framework"));
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() throws IOException {
        List<TemplateProblem> p = problems("syntax.yaml");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).key()).isEqualTo("template.lint.syntax");
        assertThat(p.get(0).line()).isBetween(7, 8);
        assertThat(p.get(0).location()).endsWith("syntax.yaml:" + p.get(0).line());
    }

    @Test
    void unknownKeysAndMissingFields() {
        String text = "id: x\nkind: indicators\nframework: jiangsu-project\ncolour: red\nindicators:\n"
                + "  - path: 产出指标/数量指标/a\n    hlaf: 1次\n";
        TemplateReader.Read r = TemplateReader.read("x.yaml", text, id -> TemplateFilesTestLookup.find(id));
        assertThat(r.problems()).extracting(TemplateProblem::line, TemplateProblem::key).containsExactlyInAnyOrder(
                tuple(1, "template.lint.missing"), tuple(4, "template.lint.unknown-key"),
                tuple(7, "template.lint.unknown-key"));
    }

    /** The shipped catalogue, read once. */
    static final class TemplateFilesTestLookup {
        private static TemplateCatalog catalog;

        static java.util.Optional<Template> find(String id) {
            try {
                if (catalog == null) {
                    catalog = TemplateFilesTest.catalog();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return catalog.find(id);
        }
    }
}
