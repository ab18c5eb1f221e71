package cn.jixiao.shell;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.completion.CompletionContext;

import java.util.List;
import java.util.Optional;

/** Where the cursor is among a command's words, for the completion providers of every feature. */
public final class CompletionWords {
    private CompletionWords() {
    }

    /** Which positional argument the cursor is on: words after the command name, minus options and values. */
    public static int argumentIndex(CompletionContext ctx) {
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

    /** The positional argument at {@code index} on the line, if typed (options and their values skipped). */
    public static Optional<String> positional(CompletionContext ctx, int index) {
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
}
