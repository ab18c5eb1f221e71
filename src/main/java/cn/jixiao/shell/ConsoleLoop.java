package cn.jixiao.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.jline.JLineInputReader;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;

/**
 * The interactive console: JLine line editing, history and TAB completion. The prompt names the open
 * declaration; Ctrl-C clears the line, Ctrl-D (or {@code quit}/{@code exit}) leaves. TAB completes through a
 * {@link JixiaoLineReader}.
 */
@Component
@Lazy
public class ConsoleLoop {
    private final LineReader reader;
    private final CommandRunner runner;
    private final PromptLabel label;
    private final Messages m;
    private final Console console;
    private final Holds holds;

    public ConsoleLoop(LineReader reader, CommandRunner runner, PromptLabel label, Messages messages,
                       Console console, Holds holds) {
        this.console = console;
        this.holds = holds;
        // Spring Shell's reader, remade to complete in jixiao's terms: pinyin, the question before a long list
        this.reader = JixiaoLineReader.like(reader, messages);
        this.runner = runner;
        this.label = label;
        this.m = messages;
    }

    public void run() {
        org.jline.terminal.Terminal terminal = reader.getTerminal();
        PrintWriter out = new PrintWriter(new MarginWriter(terminal.writer(), terminal::getWidth), true);
        out.println(m.get("console.welcome", JixiaoVersion.get()));
        out.flush();
        JLineInputReader input = new JLineInputReader(reader);
        console.setErr(out);
        while (true) {
            String line;
            try {
                String prompt = prompt();
                holds.release(); // the prompt may have read the database: let other processes in while we wait
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.equals("quit") || trimmed.equals("exit") || trimmed.equals("退出")) {
                break;
            }
            // tables fit the terminal as it is now; the last column stays free (a wide character there wraps badly)
            OutputWidth.setColumns(Math.max(0, reader.getTerminal().getWidth() - 1));
            runner.run(trimmed, out, out, input);
            out.flush();
        }
        out.println(m.get("console.bye"));
        out.flush();
    }

    private String prompt() {
        String name;
        try {
            name = label.promptLabel().map(n -> "[" + n + "]").orElse("");
        } catch (RuntimeException e) {
            name = "";
        }
        return new AttributedString("jixiao" + name + "> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN))
                .toAnsi(reader.getTerminal());
    }
}
