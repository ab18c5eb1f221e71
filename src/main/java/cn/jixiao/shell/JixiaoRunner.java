package cn.jixiao.shell;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides what this process does: with arguments, run them as one command and remember the exit code;
 * without, open the console (unless {@code spring.shell.interactive.enabled=false}, as in tests).
 * Being an ApplicationRunner, it also replaces Spring Shell's stock runner.
 */
@Component
public class JixiaoRunner implements ApplicationRunner {
    private final CommandRunner runner;
    private final ObjectProvider<ConsoleLoop> consoleLoop;
    private final Console console;
    private final boolean interactiveEnabled;
    private final int columns;
    private int exitCode = ExitCodes.OK;
    private long commandStarted;

    public JixiaoRunner(CommandRunner runner, ObjectProvider<ConsoleLoop> consoleLoop, Console console,
                        Environment env) {
        this.runner = runner;
        this.consoleLoop = consoleLoop;
        this.console = console;
        this.interactiveEnabled = env.getProperty("spring.shell.interactive.enabled", Boolean.class, true);
        this.columns = OutputWidth.fromEnvironment(env.getProperty("COLUMNS"));
    }

    @Override
    public void run(ApplicationArguments args) {
        commandStarted = System.nanoTime();
        String[] words = args.getSourceArgs();
        if (words.length > 0) {
            exitCode = oneShot(conventional(List.of(words)));
        } else if (interactiveEnabled) {
            console.setInteractive(true);
            consoleLoop.getObject().run();
        }
    }

    private int oneShot(List<String> words) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = console.err();
        OutputWidth.setColumns(columns); // COLUMNS when set (the launcher sets it for a terminal), else no limit
        try {
            return runner.run(words, out, err, new InputReader() {
            });
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code jixiao --help} and {@code jixiao --version} mean the commands {@code help} and {@code version}. */
    public static List<String> conventional(List<String> words) {
        String first = words.get(0);
        if (words.size() == 1 && (first.equals("--help") || first.equals("-h"))) {
            return List.of("help");
        }
        if (words.size() == 1 && (first.equals("--version") || first.equals("-V"))) {
            return List.of("version");
        }
        return words;
    }

    /** When the context was ready and the command (or console) began, in System.nanoTime(). */
    public long commandStarted() {
        return commandStarted;
    }

    public int exitCode() {
        return exitCode;
    }
}
