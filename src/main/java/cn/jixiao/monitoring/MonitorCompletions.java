package cn.jixiao.monitoring;

import cn.jixiao.declaration.DeclarationCompletions;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.ReasonCategory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * TAB completion for monitor set (the open declaration's 三级 indicators by path and position — pinyin initials match
 * them like everywhere — then 完成目标可能性 and the 偏差原因 categories) and monitor executed (the 支出 lines, total).
 */
@Configuration(proxyBeanMethods = false)
public class MonitorCompletions {
    private final DeclarationCompletions declarations;
    private final CompletionProvider indicators;

    public MonitorCompletions(DeclarationCompletions declarations,
                              @org.springframework.beans.factory.annotation.Qualifier("indicatorCompletion")
                              CompletionProvider indicatorCompletion) {
        this.declarations = declarations;
        this.indicators = indicatorCompletion;
    }

    @Bean
    public CompletionProvider monitorRowCompletion() {
        CompletionProvider options = declarations.byArgument((index, ctx) -> List.of(), (option, ctx) -> switch (option) {
            case "likelihood" -> Arrays.stream(Likelihood.values()).map(l -> new CompletionProposal(l.label())).toList();
            case "reason" -> ReasonCategory.ALL.stream().map(c -> new CompletionProposal(c + "：").complete(false)).toList();
            default -> List.of();
        });
        return ctx -> ctx.getCommandOption() != null ? options.apply(ctx) : indicators.apply(ctx);
    }

    @Bean
    public CompletionProvider monitorLineCompletion() {
        return declarations.byArgument((index, ctx) -> {
            if (index != 0) {
                return List.of();
            }
            List<CompletionProposal> out = new ArrayList<>();
            out.add(new CompletionProposal("total").description("合计"));
            List<Expense> lines = declarations.target(ctx).map(Declaration::funding).map(f -> f.expenses()).orElse(List.of());
            for (int i = 0; i < lines.size(); i++) {
                out.add(new CompletionProposal(lines.get(i).name()).description("#" + (i + 1)));
                out.add(new CompletionProposal("#" + (i + 1)).description(lines.get(i).name()));
            }
            return out;
        });
    }
}
