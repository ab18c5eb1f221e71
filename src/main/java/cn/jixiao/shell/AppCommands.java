package cn.jixiao.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** Commands about jixiao itself. */
@Component
public class AppCommands {
    @Command(name = "version", group = "其他 Other")
    public void version(CommandContext ctx) {
        ctx.outputWriter().println("jixiao " + JixiaoVersion.get());
    }
}
