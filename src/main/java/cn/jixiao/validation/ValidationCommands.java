package cn.jixiao.validation;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.shell.ExitCodes;
import cn.jixiao.shell.UsageException;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Fixer;
import cn.jixiao.validation.model.Rule;
import cn.jixiao.validation.model.Severity;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** validate, rules, explain. */
@Component
public class ValidationCommands {
    private static final String GROUP = "校验 Validation";

    private final Workspace workspace;
    private final DeclarationRepository declarations;
    private final ValidationService validation;
    private final RuleSettings settings;
    private final ValidationView view;
    private final FileValidation fileValidation;
    private final List<RecordChecks> records;

    public ValidationCommands(Workspace workspace, DeclarationRepository declarations, ValidationService validation,
                              RuleSettings settings, ValidationView view, FileValidation fileValidation,
                              List<RecordChecks> records) {
        this.records = List.copyOf(records);
        this.workspace = workspace;
        this.declarations = declarations;
        this.validation = validation;
        this.settings = settings;
        this.view = view;
        this.fileValidation = fileValidation;
    }

    @Command(name = "validate", group = GROUP, completionProvider = "fileCompletion")
    public void validate(@Option(longName = "id") Long id,
                         @Option(longName = "all") Boolean all,
                         @Option(longName = "file") String file,
                         @Option(longName = "json") Boolean json, CommandContext ctx) {
        if (Boolean.TRUE.equals(all) && id != null || file != null && (id != null || Boolean.TRUE.equals(all))) {
            throw new UsageException("validate.id-and-all");
        }
        Validator validator = validation.validator();
        List<ValidationView.Result> results = new ArrayList<>();
        java.util.function.Consumer<Declaration> check = d -> {
            List<Finding> findings = new ArrayList<>(validator.validate(d));
            records.forEach(r -> findings.addAll(r.findings(d))); // e.g. the eval-* rules, when it has a self-evaluation
            results.add(new ValidationView.Result(Optional.of(d.id()), d.name(), view.title(d), d, findings));
        };
        if (Boolean.TRUE.equals(all)) {
            declarations.forEachLatest(check); // each validated as it is read
        } else if (file == null) {
            check.accept(workspace.current(Optional.ofNullable(id)));
        }
        if (file != null) {
            results.addAll(fileValidation.validate(file, validator));
        }
        ctx.outputWriter().println(Boolean.TRUE.equals(json) ? view.json(results) : String.join("\n", view.text(results)));
        ctx.outputWriter().flush();
        if (ValidationView.count(results, Severity.ERROR) > 0) {
            throw new CommandFailedException(ExitCodes.FINDINGS, "");
        }
    }

    @Command(name = "fix", group = GROUP, completionProvider = "ruleCompletion")
    public void fix(@Option(longName = "rule") String ruleId,
                    @Option(longName = "dry-run") Boolean dryRun,
                    @Option(longName = "id") Long id, CommandContext ctx) {
        List<Rule> rules = ruleId == null ? RuleCatalog.all()
                : List.of(RuleCatalog.find(ruleId.strip()).orElseThrow(() -> new UsageException("rule.unknown", ruleId)));
        if (ruleId != null && !(rules.get(0) instanceof cn.jixiao.validation.model.FixableRule)) {
            throw new UsageException("fix.not-fixable", ruleId, String.join("、", RuleCatalog.all().stream()
                    .filter(r -> r instanceof cn.jixiao.validation.model.FixableRule).map(Rule::id).toList()));
        }
        Declaration current = workspace.current(Optional.ofNullable(id));
        Fixer.Result result = validation.fixer().fix(current, rules);
        List<String> lines = view.changes(result.changes());
        lines.forEach(ctx.outputWriter()::println);
        if (result.changes().isEmpty() || Boolean.TRUE.equals(dryRun)) {
            ctx.outputWriter().println(view.fixSummary(result.changes().size(), current, Boolean.TRUE.equals(dryRun)));
            return;
        }
        Declaration saved = workspace.edit(Optional.ofNullable(id), "自动修正 " + result.changes().size() + " 处",
                d -> result.declaration().stored(d.id(), d.revision()));
        ctx.outputWriter().println(view.fixSummary(result.changes().size(), saved, false));
    }

    @Command(name = "rules", group = GROUP)
    public void rules(CommandContext ctx) {
        Map<String, Severity> overrides = settings.overrides();
        ctx.outputWriter().println(String.join("\n", view.rules(RuleCatalog.everyRule(), overrides)));
    }

    @Command(name = "explain", group = GROUP, completionProvider = "ruleCompletion")
    public void explain(@Argument(index = 0) String id, CommandContext ctx) {
        Rule rule = RuleCatalog.find(UsageException.require(id, "规则 ID").strip())
                .orElseThrow(() -> new UsageException("rule.unknown", id));
        ctx.outputWriter().println(String.join("\n", view.explain(rule, settings.overrides())));
    }
}
