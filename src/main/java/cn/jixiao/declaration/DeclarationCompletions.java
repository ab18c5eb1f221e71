package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.shell.CompletionWords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * TAB completion of declaration ids, header fields and funding sources, and the {@code --id} option every
 * feature's providers share. A provider gets the words typed so far and proposes values for the argument under
 * the cursor; JLine filters them by what is typed.
 */
@Configuration(proxyBeanMethods = false)
public class DeclarationCompletions {
    private final Workspace workspace;
    private final DeclarationRepository declarations;

    public DeclarationCompletions(Workspace workspace, DeclarationRepository declarations) {
        this.workspace = workspace;
        this.declarations = declarations;
    }

    /** open/delete: a declaration. */
    @Bean
    public CompletionProvider declarationCompletion() {
        return byArgument((index, ctx) -> index == 0 ? declarationIds() : List.of());
    }

    @Bean
    public CompletionProvider headerFieldCompletion() {
        return byArgument((index, ctx) -> index == 0 ? Arrays.stream(HeaderField.values())
                .map(f -> new CompletionProposal(f.label()).description(f.id())).toList()
                : index == 1 ? CompletionWords.positional(ctx, 0).flatMap(HeaderField::find).stream()
                        .flatMap(f -> f.usualValues().stream().map(v -> new CompletionProposal(v).description(f.label())))
                        .toList()
                : List.of());
    }

    @Bean
    public CompletionProvider fundingSourceCompletion() {
        return byArgument((index, ctx) -> index == 0 ? Arrays.stream(FundingSource.values())
                .map(s -> new CompletionProposal(s.label()).description(s.id())).toList() : List.of());
    }

    /** Positional arguments by {@code args}; {@code --id} proposes declaration ids; other option values are free. */
    public CompletionProvider byArgument(BiFunction<Integer, CompletionContext, List<CompletionProposal>> args) {
        return byArgument(args, (option, ctx) -> List.of());
    }

    /** As {@link #byArgument(BiFunction)}, with {@code options} proposing values for options other than --id. */
    public CompletionProvider byArgument(BiFunction<Integer, CompletionContext, List<CompletionProposal>> args,
                                         BiFunction<String, CompletionContext, List<CompletionProposal>> options) {
        return ctx -> {
            try {
                CommandOption option = ctx.getCommandOption();
                if (option != null) {
                    return "id".equals(option.longName()) ? declarationIds() : options.apply(option.longName(), ctx);
                }
                String current = ctx.currentWord();
                if (current != null && current.startsWith("-")) {
                    return List.of();
                }
                return args.apply(CompletionWords.argumentIndex(ctx), ctx);
            } catch (RuntimeException e) {
                return List.of(); // completion must never break the line being typed
            }
        };
    }

    /** The declaration the line is about: {@code --id N} if typed, else the open one. */
    public Optional<Declaration> target(CompletionContext ctx) {
        List<String> words = ctx.getWords();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("--id") && words.get(i + 1).matches("\\d{1,18}")) {
                return declarations.find(Long.parseLong(words.get(i + 1)));
            }
        }
        return workspace.openName().isPresent() ? Optional.of(workspace.current(Optional.empty())) : Optional.empty();
    }

    private List<CompletionProposal> declarationIds() {
        return declarations.list(Optional.empty()).stream()
                .sorted(java.util.Comparator.comparingLong(DeclarationSummary::id)) // 1, 2, …, 10: not 1, 10, 2
                .map(s -> new CompletionProposal(String.valueOf(s.id())).description(s.name() + " " + s.year()))
                .toList();
    }
}
