package cn.jixiao.indicator;

import cn.jixiao.declaration.DeclarationCompletions;
import cn.jixiao.declaration.Workspace;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.shell.CompletionWords;
import cn.jixiao.template.TemplateCatalog;
import cn.jixiao.template.TemplateService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * TAB completion of indicator paths (by name and by position) of the open declaration, 二级 parents, names
 * from the template catalogue (by characters or pinyin initials) and typical --half/--full values.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorCompletions {
    private static final int MAX_NAMES = 200;

    private final Workspace workspace;
    private final DeclarationCompletions declarations;
    private final TemplateService templates;
    private TemplateCatalog indexedCatalog;
    private IndicatorIndex index;

    public IndicatorCompletions(Workspace workspace, DeclarationCompletions declarations, TemplateService templates) {
        this.workspace = workspace;
        this.declarations = declarations;
        this.templates = templates;
    }

    /** The catalogue's indicators, indexed once per catalogue version. */
    private synchronized IndicatorIndex index() {
        TemplateCatalog catalog = templates.catalog();
        if (catalog != indexedCatalog) {
            index = new IndicatorIndex(catalog.knownIndicators());
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

    /** level rename/rm: a 一级 or 二级 of the tree. */
    @Bean
    public CompletionProvider levelCompletion() {
        return byArgument((i, ctx) -> i == 0 ? levels(ctx) : List.of());
    }

    /** level add: the framework's 一级 and 二级 the tree lacks, in framework order. */
    @Bean
    public CompletionProvider levelAddCompletion() {
        return byArgument((i, ctx) -> i == 0 ? missingLevels(ctx) : List.of());
    }

    private List<CompletionProposal> levels(CompletionContext ctx) {
        List<CompletionProposal> out = new ArrayList<>();
        declarations.target(ctx).ifPresent(d -> {
            for (IndicatorTree.Node n : d.tree().nodes()) {
                if (n.depth() < 3) {
                    out.add(new CompletionProposal(n.path()).description(n.position().toString()));
                }
            }
        });
        return out;
    }

    private List<CompletionProposal> missingLevels(CompletionContext ctx) {
        List<CompletionProposal> out = new ArrayList<>();
        declarations.target(ctx).ifPresent(d -> {
            Framework f = templates.ruleContext().framework(d.frameworkId()).orElse(Framework.JIANGSU);
            for (Framework.Section s : f.sections()) {
                Optional<Level1> l1 = d.tree().level1s().stream().filter(x -> x.name().equals(s.name())).findFirst();
                if (l1.isEmpty()) {
                    out.add(new CompletionProposal(s.name()).description(f.title()));
                }
                for (String l2 : s.level2()) {
                    if (l1.isEmpty() || l1.get().children().stream().noneMatch(c -> c.name().equals(l2))) {
                        out.add(new CompletionProposal(s.name() + "/" + l2).description(f.title()));
                    }
                }
            }
        });
        return out;
    }

    private CompletionProvider byArgument(BiFunction<Integer, CompletionContext, List<CompletionProposal>> args) {
        return declarations.byArgument(args, (option, ctx) -> switch (option) {
            case "half" -> values(ctx, true);
            case "full" -> values(ctx, false);
            default -> List.of();
        });
    }

    private List<CompletionProposal> catalogueNames(CompletionContext ctx) {
        String parent = CompletionWords.positional(ctx, 0).orElse("");
        String typed = Optional.ofNullable(ctx.currentWordUpToCursor()).orElse("");
        return index().find(parent, typed, MAX_NAMES).stream()
                .map(k -> new CompletionProposal(k.name()).description(k.parentPath() + "  " + k.half() + " / " + k.full()))
                .toList();
    }

    /** Values for --half/--full: the template's typical values for the indicator, then comparator forms. */
    private List<CompletionProposal> values(CompletionContext ctx, boolean half) {
        Command command = ctx.getCommand();
        String name = command != null && command.getName().equals("add") ? CompletionWords.positional(ctx, 1).orElse("")
                : CompletionWords.positional(ctx, 0).map(p -> p.substring(p.lastIndexOf('/') + 1)).orElse("");
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

    private List<CompletionProposal> indicators(CompletionContext ctx) {
        List<CompletionProposal> out = new ArrayList<>();
        declarations.target(ctx).ifPresent(d -> {
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
        declarations.target(ctx).ifPresent(d -> {
            for (IndicatorTree.Node n : d.tree().nodes()) {
                if (n.depth() == 2) {
                    out.add(new CompletionProposal(n.path()).description(n.position().toString()));
                }
            }
        });
        return out;
    }
}
