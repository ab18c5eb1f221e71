package cn.jixiao.template;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.template.model.Template;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * TAB completion of template ids: the arguments of {@code template show/diff/apply/lint/export} and the values of
 * {@code --template}, {@code --framework} (frameworks only) and {@code --save-as}; {@code --id} proposes
 * declaration ids (except for {@code template save}, where it names the template).
 */
@Configuration(proxyBeanMethods = false)
public class TemplateCompletions {
    private static final Set<String> TEMPLATE_OPTIONS = Set.of("template", "save-as");

    private final TemplateService templates;
    private final DeclarationRepository declarations;

    public TemplateCompletions(TemplateService templates, DeclarationRepository declarations) {
        this.templates = templates;
        this.declarations = declarations;
    }

    @Bean
    public CompletionProvider templateCompletion() {
        return ctx -> {
            try {
                CommandOption option = ctx.getCommandOption();
                String command = ctx.getCommand() == null ? "" : ctx.getCommand().getName();
                if (option != null) {
                    if ("framework".equals(option.longName())) {
                        return ids(true);
                    }
                    if (TEMPLATE_OPTIONS.contains(option.longName())
                            || ("id".equals(option.longName()) && command.equals("template save"))) {
                        return ids(false);
                    }
                    if ("id".equals(option.longName()) || "from".equals(option.longName()) && command.equals("template save")) {
                        return declarations.list(Optional.empty()).stream()
                                .map(s -> new CompletionProposal(String.valueOf(s.id())).description(s.name() + " " + s.year()))
                                .toList();
                    }
                    return List.of();
                }
                String current = ctx.currentWord();
                if (command.equals("new") || current != null && current.startsWith("-")) {
                    return List.of();
                }
                return ids(false);
            } catch (RuntimeException e) {
                return List.of(); // completion must never break the line being typed
            }
        };
    }

    private List<CompletionProposal> ids(boolean frameworksOnly) {
        return templates.catalog().all().stream().filter(t -> !frameworksOnly || t.isFramework())
                .sorted(java.util.Comparator.comparing(Template::id))
                .map(t -> new CompletionProposal(t.id()).description(t.title())).toList();
    }
}
