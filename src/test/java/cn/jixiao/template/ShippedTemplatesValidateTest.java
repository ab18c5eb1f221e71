package cn.jixiao.template;

import cn.jixiao.template.model.Template;
import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.jixiao.validation.ValidationService;
import cn.jixiao.validation.ValidationView;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Severity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template is a model to copy: a declaration built from a shipped template (with its includes, on its framework), as
 * an officer builds it with {@code new --framework F --template T}, passes validation with no error, and no warning is
 * about one of the template's own indicators (its defaults trip none of the value and wording rules). A set that other
 * sets include (common, general) covers part of a form only: its own indicators must be clean, the form's gaps (no
 * 数量指标 yet) are the including set's. Frameworks that carry indicators (the weighted self-evaluation) count as
 * templates too; a bare skeleton has nothing to validate.
 */
class ShippedTemplatesValidateTest extends ShellTestSupport {
    @Autowired
    TemplateService templates;

    @Autowired
    ValidationService validation;

    @Autowired
    ValidationView view;

    @Test
    void everyShippedTemplateBuildsADeclarationWithoutErrorsOrWarningsOnItsIndicators() throws Exception {
        run("template sync");
        // the templates whose newest version came from a file under templates/ (other tests store their own)
        java.util.Set<String> files = new java.util.HashSet<>();
        for (tools.jackson.databind.JsonNode n : json("template list --json")) {
            if (n.get("source").asString().startsWith("templates/")) {
                files.add(n.get("id").asString());
            }
        }
        List<Template> shipped = templates.catalog().all().stream().filter(t -> files.contains(t.id()))
                .filter(t -> !t.isFramework() || !t.indicators().isEmpty()).toList();
        assertThat(shipped).extracting(Template::id).contains("fund-supervision", "common", "general",
                "department-self-evaluation");
        // sets other sets include (common, general) cover part of a form: only their own indicators must be clean
        java.util.Set<String> included = new java.util.HashSet<>();
        templates.catalog().all().forEach(t -> included.addAll(t.includes()));
        assertThat(included).contains("common", "general");
        List<String> problems = new ArrayList<>();
        for (Template t : shipped) {
            String framework = t.isFramework() ? t.id() : t.framework();
            long id = idIn(run("new --name '模板校验 " + t.id() + "' --year 2026 --force --framework " + framework
                    + " --template " + t.id()).get(0));
            run("funding set 一般公共预算资金 30"); // an officer states the funding; a template has none
            boolean buildingBlock = included.contains(t.id());
            List<String> paths = templates.catalog().resolve(t.id()).stream().map(i -> i.path()).toList();
            // what `validate --id N` reports (it exits 1 on an error, so the findings are taken from its service)
            for (Finding f : validation.validate(repository.load(id))) {
                boolean own = paths.contains(f.path());
                if (f.severity() == Severity.ERROR && (own || !buildingBlock) || f.severity() == Severity.WARNING && own) {
                    problems.add(t.id() + ": " + f.severity().id() + " " + f.path() + " " + view.message(f)
                            + " [" + f.rule() + "]");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
