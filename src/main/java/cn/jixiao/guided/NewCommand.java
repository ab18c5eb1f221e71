package cn.jixiao.guided;

import cn.jixiao.declaration.DeclarationCommands;
import cn.jixiao.declaration.DeclarationView;
import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.shell.Console;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import cn.jixiao.template.TemplateService;
import cn.jixiao.template.TemplateView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code new}: a declaration from options (a framework and indicator sets), or the guided build in the console. */
@Component
public class NewCommand {
    private static final String GROUP = DeclarationCommands.GROUP;

    private final Workspace workspace;
    private final DeclarationView view;
    private final Console console;
    private final Messages m;
    private final TemplateService templates;
    private final TemplateView templateView;
    private final ObjectProvider<GuidedBuild> guided;
    private final ObjectProvider<ConsolePrompter> prompter;

    public NewCommand(Workspace workspace, DeclarationView view, Console console, Messages messages,
                      TemplateService templates, TemplateView templateView, ObjectProvider<GuidedBuild> guided,
                      ObjectProvider<ConsolePrompter> prompter) {
        this.workspace = workspace;
        this.view = view;
        this.console = console;
        this.m = messages;
        this.templates = templates;
        this.templateView = templateView;
        this.guided = guided;
        this.prompter = prompter;
    }

    @Command(name = "new", group = GROUP, completionProvider = "templateCompletion")
    public void create(@Option(longName = "name") String name,
                       @Option(longName = "year") Integer year,
                       @Option(longName = "department") String department,
                       @Option(longName = "framework") String framework,
                       @Option(longName = "template") String template,
                       @Option(longName = "force") Boolean force,
                       CommandContext ctx) {
        if (name == null && year == null && department == null && framework == null && template == null
                && console.interactive()) {
            guided.getObject().run(prompter.getObject());
            return;
        }
        if (name == null) {
            throw new UsageException("option.required", "--name", "new");
        }
        if (year == null) {
            throw new UsageException("option.required", "--year", "new");
        }
        String dept = department == null ? "" : department;
        if (!Boolean.TRUE.equals(force) && !name.isBlank()) {
            List<cn.jixiao.declaration.DeclarationSummary> same = workspace.findSame(name, year, dept);
            if (!same.isEmpty()) {
                throw new UsageException("new.exists", Workspace.named(same), dept.isBlank() ? "—" : dept.strip());
            }
        }
        List<String> sets = template == null ? List.of() : TemplateService.splitIds(template);
        TemplateService.Applied[] applied = new TemplateService.Applied[1];
        Declaration d = framework == null && sets.isEmpty()
                ? workspace.create(name, year, department == null ? "" : department)
                : workspace.create(name, year, department == null ? "" : department,
                        framework == null ? Framework.JIANGSU : templates.framework(framework), draft -> {
                            Declaration withFramework = framework == null ? draft : templates.recordFramework(draft, framework);
                            applied[0] = templates.apply(withFramework, sets);
                            return applied[0].declaration();
                        });
        ctx.outputWriter().println(m.get("new.done", view.title(d), d.tree().level1s().size(),
                d.tree().level1s().stream().mapToInt(l -> l.children().size()).sum()));
        if (!sets.isEmpty()) {
            templateView.applied(applied[0].result()).forEach(ctx.outputWriter()::println);
            ctx.outputWriter().println(m.get("template.apply.done", String.join("、", sets),
                    applied[0].result().added().size(), applied[0].result().skipped().size(), d.revision()));
        }
    }
}
