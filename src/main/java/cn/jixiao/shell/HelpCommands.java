package cn.jixiao.shell;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code help} lists the commands by group, in the user's language; {@code help <command>} (or
 * {@code <command> --help}) shows its usage, arguments, options and an example. Every text comes from the
 * {@code help} bundle through {@link HelpTexts}.
 */
@Component
public class HelpCommands {
    private final ObjectProvider<CommandRegistry> registry;
    private final Messages m;
    private final HelpTexts texts;

    public HelpCommands(ObjectProvider<CommandRegistry> registry, Messages messages, HelpTexts texts) {
        this.registry = registry;
        this.m = messages;
        this.texts = texts;
    }

    @org.springframework.shell.core.command.annotation.Command(name = "help", group = "其他 Other",
            completionProvider = "commandNameCompletion")
    public void help(@Arguments List<String> words, CommandContext ctx) {
        List<String> lines = words == null || words.isEmpty() ? overview() : usage(String.join(" ", words).strip());
        ctx.outputWriter().println(String.join("\n", Text.fitAll(lines)));
    }

    private List<String> overview() {
        Map<HelpGroup, List<Command>> groups = new EnumMap<>(HelpGroup.class);
        for (Command c : registry.getObject().getCommands()) {
            if (!c.isHidden()) {
                groups.computeIfAbsent(texts.group(c), k -> new ArrayList<>()).add(c);
            }
        }
        List<String> out = new ArrayList<>();
        out.add(m.get("help.title"));
        for (Map.Entry<HelpGroup, List<Command>> g : groups.entrySet()) {
            out.add("");
            out.add(texts.heading(g.getKey()));
            Text.Table t = new Text.Table(2);
            g.getValue().stream().sorted(Comparator.comparing(Command::getName))
                    .forEach(c -> t.row("  " + c.getName(), texts.summary(c)));
            out.addAll(t.lines());
        }
        out.add("");
        out.add(m.get("help.footer"));
        return out;
    }

    private List<String> usage(String name) {
        Command c = registry.getObject().getCommandByName(name);
        if (c == null) {
            throw new UsageException("command.unknown", name);
        }
        List<String> out = new ArrayList<>();
        out.add(c.getName() + " — " + texts.summary(c));
        out.add(m.get("help.usage", texts.usage(c)));
        List<String> arguments = texts.arguments(c);
        if (!arguments.isEmpty()) {
            out.add(m.get("help.arguments"));
            arguments.forEach(a -> out.add("  " + a));
        }
        if (!c.getOptions().isEmpty()) {
            out.add(m.get("help.options"));
            Text.Table t = new Text.Table(2);
            for (CommandOption o : c.getOptions()) {
                boolean flag = o.type() == Boolean.class || o.type() == boolean.class;
                t.row("  --" + o.longName() + (flag ? "" : " " + m.get("help.value")),
                        texts.option(c, o) + (Boolean.TRUE.equals(o.required()) ? " " + m.get("help.required") : ""));
            }
            out.addAll(t.lines());
        }
        List<String> example = texts.example(c);
        if (!example.isEmpty()) {
            out.add(m.get("help.example"));
            example.forEach(l -> out.add("  " + l));
        }
        return out;
    }
}
