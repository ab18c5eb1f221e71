package cn.jixiao.shell;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/** TAB completion of the console's own arguments: command names for {@code help}. */
@Configuration(proxyBeanMethods = false)
public class ShellCompletions {
    /** help: command names (multi-word ones as typed), each with its summary from the help bundle. */
    @Bean
    public CompletionProvider commandNameCompletion(ObjectProvider<CommandRegistry> registry, HelpTexts texts) {
        return ctx -> registry.getObject().getCommands().stream()
                .filter(c -> !c.isHidden() && !c.getName().equals("help"))
                .map(c -> new CompletionProposal(c.getName()).description(texts.summary(c))).toList();
    }
}
