package cn.jixiao.evaluation;

import cn.jixiao.declaration.Workspace;
import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.shell.CompletionWords;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** TAB completion for eval set / eval weights set: the rows (三级 indicators and the 预算执行率 line), --achieved. */
@Configuration(proxyBeanMethods = false)
public class EvalCompletions {
    private final Workspace workspace;

    public EvalCompletions(Workspace workspace) {
        this.workspace = workspace;
    }

    @Bean
    public CompletionProvider evalRowCompletion() {
        return ctx -> {
            try {
                CommandOption option = ctx.getCommandOption();
                if (option != null) {
                    return "achieved".equals(option.longName()) ? Arrays.stream(Achievement.values())
                            .map(a -> new CompletionProposal(a.id()).description(a.label())).toList() : List.of();
                }
                String current = ctx.currentWord();
                if (current != null && current.startsWith("-") || CompletionWords.argumentIndex(ctx) != 0
                        || workspace.openName().isEmpty()) {
                    return List.of();
                }
                List<CompletionProposal> out = new ArrayList<>();
                out.add(new CompletionProposal(Evaluation.EXECUTION).description("全年执行数 ÷ 全年预算数"));
                IndicatorTree tree = workspace.current(Optional.empty()).tree();
                for (IndicatorTree.Node n : tree.nodes()) {
                    if (n.depth() == 3) {
                        out.add(new CompletionProposal(n.path()).description(n.position().toString()));
                        out.add(new CompletionProposal(n.position().toString()).description(n.path()));
                    }
                }
                return out;
            } catch (RuntimeException e) {
                return List.of(); // completion must never break the line being typed
            }
        };
    }
}
