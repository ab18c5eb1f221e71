package cn.jixiao.validation;

import cn.jixiao.declaration.DeclarationCompletions;
import cn.jixiao.validation.rules.RuleCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.List;

/** TAB completion of rule ids for {@code fix} and {@code explain} (and declaration ids after {@code --id}). */
@Configuration(proxyBeanMethods = false)
public class ValidationCompletions {
    private final DeclarationCompletions declarations;

    public ValidationCompletions(DeclarationCompletions declarations) {
        this.declarations = declarations;
    }

    @Bean
    public CompletionProvider ruleCompletion() {
        return declarations.byArgument((index, ctx) -> index == 0 ? RuleCatalog.everyRule().stream()
                .map(r -> new CompletionProposal(r.id()).description(r.category())).toList() : List.of());
    }
}
