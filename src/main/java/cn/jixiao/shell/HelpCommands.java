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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code help} lists the commands by group, in the user's language; {@code help <command>} (or
 * {@code <command> --help}) shows its usage, its options and an example. Examples live in the message
 * bundles as {@code example.<command words joined by ->}.
 */
@Component
public class HelpCommands {
    private final ObjectProvider<CommandRegistry> registry;
    private final Messages m;

    public HelpCommands(ObjectProvider<CommandRegistry> registry, Messages messages) {
        this.registry = registry;
        this.m = messages;
    }

    @org.springframework.shell.core.command.annotation.Command(name = "help", group = "其他 Other",
            completionProvider = "commandNameCompletion", description = "命令帮助：help 列出全部命令，help <命令> 查看用法和示例")
    public void help(@Arguments List<String> words, CommandContext ctx) {
        List<String> lines = words == null || words.isEmpty() ? overview() : usage(String.join(" ", words).strip());
        ctx.outputWriter().println(String.join("\n", lines));
    }

    private List<String> overview() {
        Map<String, List<Command>> groups = new TreeMap<>();
        for (Command c : registry.getObject().getCommands()) {
            if (!c.isHidden()) {
                groups.computeIfAbsent(groupOf(c), k -> new ArrayList<>()).add(c);
            }
        }
        List<String> out = new ArrayList<>();
        out.add(m.get("help.title"));
        for (Map.Entry<String, List<Command>> g : groups.entrySet()) {
            out.add("");
            out.add(g.getKey().replaceFirst("^\\d+ ", ""));
            Text.Table t = new Text.Table(2);
            g.getValue().stream().sorted(Comparator.comparing(Command::getName))
                    .forEach(c -> t.row("  " + c.getName(), summary(c)));
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
        out.add(c.getName() + " — " + summary(c));
        String usage = c.getDescription().contains("：") ? c.getDescription().substring(c.getDescription().indexOf('：') + 1)
                : c.getName();
        out.add(m.get("help.usage", usage));
        if (!c.getOptions().isEmpty()) {
            out.add(m.get("help.options"));
            Text.Table t = new Text.Table(2);
            for (CommandOption o : c.getOptions()) {
                boolean flag = o.type() == Boolean.class || o.type() == boolean.class;
                t.row("  --" + o.longName() + (flag ? "" : " " + m.get("help.value")),
                        (o.description() == null ? "" : o.description())
                                + (Boolean.TRUE.equals(o.required()) ? " " + m.get("help.required") : ""));
            }
            out.addAll(t.lines());
        }
        String key = "example." + c.getName().replace(' ', '-');
        if (m.has(key)) {
            out.add(m.get("help.example"));
            m.get(key).lines().forEach(l -> out.add("  " + l));
        }
        return out;
    }

    /** A command's one-line summary: its description up to the usage that follows "：". */
    private static String summary(Command c) {
        String d = c.getDescription();
        int colon = d.indexOf('：');
        return colon > 0 ? d.substring(0, colon) : d;
    }

    private String groupOf(Command c) {
        String g = c.getGroup() == null || !c.getGroup().matches("\\p{IsHan}+ .+") ? "其他 Other" : c.getGroup();
        String[] parts = g.split(" ", 2);
        String label = m.locale().getLanguage().equals("en") && parts.length == 2 ? parts[1] : parts[0];
        int rank = switch (parts[0]) {
            case "申报表" -> 1;
            case "编辑" -> 2;
            case "校验" -> 3;
            case "模板" -> 4;
            case "导入导出" -> 5;
            default -> 9;
        };
        return rank + " " + label;
    }
}
