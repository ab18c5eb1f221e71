package cn.jixiao.shell;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code help}, {@code <command> --help}, TAB completion and usage errors ({@link CommandRunner}) say about a command, in the user's
 * language, from the {@code help} bundle (picocli's {@code descriptionKey} is the model). For the command
 * {@code funding set} the keys are {@code command.funding-set.summary} (one line), {@code .usage} (the syntax),
 * {@code .example} (command lines, one per line), {@code .option.<long name>} for each option and
 * {@code .argument.<index>} for each positional argument ({@code .argument.0} for the words of {@code @Arguments}).
 * {@code HelpTextsTest} checks that every registered command has them in both languages; until a new command has
 * its keys, its annotation's description stands in.
 */
@Component
public class HelpTexts {
    private final Messages m;

    public HelpTexts(Messages messages) {
        this.m = messages;
    }

    /** The key prefix of a command: {@code command.} and its words joined by "-". */
    public static String prefix(String commandName) {
        return "command." + commandName.strip().replace(' ', '-') + ".";
    }

    public String summary(Command c) {
        return text(prefix(c.getName()) + "summary", c.getDescription());
    }

    public String usage(Command c) {
        return text(prefix(c.getName()) + "usage", c.getName() + optionsSyntax(c));
    }

    /** Example command lines; empty when the command has none. */
    public List<String> example(Command c) {
        String key = prefix(c.getName()) + "example";
        return m.has(key) ? m.get(key).lines().toList() : List.of();
    }

    public String option(Command c, CommandOption o) {
        return text(prefix(c.getName()) + "option." + o.longName(), o.description());
    }

    /** The descriptions of the positional arguments, in order. */
    public List<String> arguments(Command c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; m.has(prefix(c.getName()) + "argument." + i); i++) {
            out.add(m.get(prefix(c.getName()) + "argument." + i));
        }
        return out;
    }

    public HelpGroup group(Command c) {
        return HelpGroup.of(c);
    }

    public String heading(HelpGroup g) {
        return m.get(g.key());
    }

    private String text(String key, String fallback) {
        return m.has(key) ? m.get(key) : fallback == null ? "" : fallback;
    }

    private static String optionsSyntax(Command c) {
        StringBuilder sb = new StringBuilder();
        for (CommandOption o : c.getOptions()) {
            sb.append(" [--").append(o.longName()).append(']');
        }
        return sb.toString();
    }
}
