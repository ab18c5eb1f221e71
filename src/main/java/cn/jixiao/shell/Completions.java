package cn.jixiao.shell;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.FundingSource;
import cn.jixiao.declaration.HeaderField;
import cn.jixiao.indicator.IndicatorTree;
import cn.jixiao.store.DeclarationRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * TAB completion of arguments: indicator paths (by name and by position) of the open declaration, 二级
 * parents, declaration ids, header fields and funding sources. A provider gets the words typed so far and
 * proposes values for the argument under the cursor; JLine filters them by what is typed.
 */
@Configuration(proxyBeanMethods = false)
public class Completions {
    private static final int MAX_NAMES = 200;

    private final Workspace workspace;
    private final DeclarationRepository declarations;
    private final cn.jixiao.template.TemplateService templates;
    private cn.jixiao.template.TemplateCatalog indexedCatalog;
    private cn.jixiao.completion.IndicatorIndex index;

    public Completions(Workspace workspace, DeclarationRepository declarations,
                       cn.jixiao.template.TemplateService templates) {
        this.workspace = workspace;
        this.declarations = declarations;
        this.templates = templates;
    }

    /** The catalogue's indicators, indexed once per catalogue version. */
    private synchronized cn.jixiao.completion.IndicatorIndex index() {
        cn.jixiao.template.TemplateCatalog catalog = templates.catalog();
        if (catalog != indexedCatalog) {
            index = new cn.jixiao.completion.IndicatorIndex(catalog.knownIndicators());
            indexedCatalog = catalog;
        }
        return index;
    }

    /** set/rm: argument 0 is an indicator. */
    @Bean
    public CompletionProvider indicatorCompletion() {
        return byArgument((index, ctx) -> index == 0 ? indicators(ctx) : List.of());
    }

    /** mv: an indicator, then a 二级. */
    @Bean
    public CompletionProvider moveCompletion() {
        return byArgument((index, ctx) -> index == 0 ? indicators(ctx) : index == 1 ? level2s(ctx) : List.of());
    }

    /** add: a 二级, then an indicator name from the template catalogue (by characters or pinyin initials). */
    @Bean
    public CompletionProvider level2Completion() {
        return byArgument((i, ctx) -> i == 0 ? level2s(ctx) : i == 1 ? catalogueNames(ctx) : List.of());
    }

    private List<CompletionProposal> catalogueNames(CompletionContext ctx) {
        String parent = positional(ctx, 0).orElse("");
        String typed = Optional.ofNullable(ctx.currentWordUpToCursor()).orElse("");
        return index().find(parent, typed, MAX_NAMES).stream()
                .map(k -> new CompletionProposal(k.name()).description(k.parentPath() + "  " + k.half() + " / " + k.full()))
                .toList();
    }

    /** Values for --half/--full: the template's typical values for the indicator, then comparator forms. */
    private List<CompletionProposal> values(CompletionContext ctx, boolean half) {
        Command command = ctx.getCommand();
        String name = command != null && command.getName().equals("add") ? positional(ctx, 1).orElse("")
                : positional(ctx, 0).map(p -> p.substring(p.lastIndexOf('/') + 1)).orElse("");
        List<CompletionProposal> out = new ArrayList<>();
        try {
            if (name.matches("\\d+(\\.\\d+)*")) {
                name = workspace.current(Optional.empty()).tree().resolveIndicator(name).names().get(2);
            }
        } catch (RuntimeException unknownPath) {
            name = "";
        }
        for (String v : index().values(name, half)) {
            out.add(new CompletionProposal(v).description(name));
        }
        List<String> forms = half ? List.of("序时进度", "≥", "=", "≤", ">", "<") : List.of("≥", "=", "≤", ">", "<");
        forms.forEach(f -> out.add(new CompletionProposal(f).complete(false)));
        return out;
    }

    /** The positional argument at {@code index} on the line, if typed (options and their values skipped). */
    private static Optional<String> positional(CompletionContext ctx, int index) {
        Command command = ctx.getCommand();
        int commandWords = command == null ? 1 : command.getName().split(" ").length;
        List<String> words = ctx.getWords();
        int n = 0;
        for (int i = commandWords; i < words.size(); i++) {
            String w = words.get(i);
            if (i == ctx.getWordIndex()) {
                continue;
            }
            if (w.startsWith("--")) {
                if (!w.contains("=")) {
                    i++;
                }
                continue;
            }
            if (n++ == index) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** open/delete: a declaration. */
    @Bean
    public CompletionProvider declarationCompletion() {
        return byArgument((index, ctx) -> index == 0 ? declarationIds() : List.of());
    }

    @Bean
    public CompletionProvider headerFieldCompletion() {
        return byArgument((index, ctx) -> index == 0 ? Arrays.stream(HeaderField.values())
                .map(f -> new CompletionProposal(f.label()).description(f.id())).toList() : List.of());
    }

    @Bean
    public CompletionProvider fundingSourceCompletion() {
        return byArgument((index, ctx) -> index == 0 ? Arrays.stream(FundingSource.values())
                .map(s -> new CompletionProposal(s.label()).description(s.id())).toList() : List.of());
    }

    @Bean
    public CompletionProvider ruleCompletion() {
        return byArgument((index, ctx) -> index == 0 ? cn.jixiao.validation.RuleCatalog.everyRule().stream()
                .map(r -> new CompletionProposal(r.id()).description(r.category())).toList() : List.of());
    }

    /** help: command names (multi-word ones as typed). */
    @Bean
    public CompletionProvider commandNameCompletion(org.springframework.beans.factory.ObjectProvider<
            org.springframework.shell.core.command.CommandRegistry> registry) {
        return ctx -> registry.getObject().getCommands().stream()
                .filter(c -> !c.isHidden() && !c.getName().equals("help"))
                .map(c -> new CompletionProposal(c.getName()).description(c.getDescription())).toList();
    }

    /** Options' values: --id proposes declaration ids; other option values are free text. */
    private CompletionProvider byArgument(BiFunction<Integer, CompletionContext, List<CompletionProposal>> args) {
        return ctx -> {
            try {
                CommandOption option = ctx.getCommandOption();
                if (option != null) {
                    return switch (option.longName()) {
                        case "id" -> declarationIds();
                        case "half" -> values(ctx, true);
                        case "full" -> values(ctx, false);
                        default -> List.of();
                    };
                }
                String current = ctx.currentWord();
                if (current != null && current.startsWith("-")) {
                    return List.of();
                }
                return args.apply(argumentIndex(ctx), ctx);
            } catch (RuntimeException e) {
                return List.of(); // completion must never break the line being typed
            }
        };
    }

    /** Which positional argument the cursor is on: words after the command name, minus options and values. */
    static int argumentIndex(CompletionContext ctx) {
        Command command = ctx.getCommand();
        int commandWords = command == null ? 1 : command.getName().split(" ").length;
        List<String> words = ctx.getWords();
        int index = 0;
        for (int i = commandWords; i < ctx.getWordIndex() && i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--")) {
                boolean flag = command != null && command.getOptions().stream()
                        .anyMatch(o -> w.substring(2).equals(o.longName())
                                && (o.type() == Boolean.class || o.type() == boolean.class));
                if (!flag && !w.contains("=")) {
                    i++;
                }
                continue;
            }
            index++;
        }
        return index;
    }

    private Optional<Declaration> target(CompletionContext ctx) {
        List<String> words = ctx.getWords();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("--id") && words.get(i + 1).matches("\\d+")) {
                return declarations.find(Long.parseLong(words.get(i + 1)));
            }
        }
        return workspace.openName().isPresent() ? Optional.of(workspace.current(Optional.empty())) : Optional.empty();
    }

    private List<CompletionProposal> indicators(CompletionContext ctx) {
        List<CompletionProposal> out = new ArrayList<>();
        target(ctx).ifPresent(d -> {
            for (IndicatorTree.Node n : d.tree().nodes()) {
                if (n.depth() == 3) {
                    out.add(new CompletionProposal(n.path()).description(n.position().toString()));
                    out.add(new CompletionProposal(n.position().toString()).description(n.path()));
                }
            }
        });
        return out;
    }

    private List<CompletionProposal> level2s(CompletionContext ctx) {
        List<CompletionProposal> out = new ArrayList<>();
        target(ctx).ifPresent(d -> {
            for (IndicatorTree.Node n : d.tree().nodes()) {
                if (n.depth() == 2) {
                    out.add(new CompletionProposal(n.path()).description(n.position().toString()));
                }
            }
        });
        return out;
    }

    private List<CompletionProposal> declarationIds() {
        return declarations.list(Optional.empty()).stream()
                .map(s -> new CompletionProposal(String.valueOf(s.id())).description(s.name() + " " + s.year()))
                .toList();
    }
}
