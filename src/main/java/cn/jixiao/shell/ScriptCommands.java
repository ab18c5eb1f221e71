package cn.jixiao.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code script FILE}: many commands in one process. UTF-8 always; blank lines and {@code #} comments are
 * skipped; a line ending in a backslash continues on the next; the open declaration carries from line to line.
 * It stops at the first failing line, naming the file and line, and exits with that line's code — unless
 * {@code --keep-going}, which runs every line and exits with the first failure's code.
 */
@Component
public class ScriptCommands {
    private static final int MAX_DEPTH = 8;

    private final org.springframework.beans.factory.ObjectProvider<CommandRunner> runner;
    private final Console console;
    private final Messages m;
    private int depth;

    /** The runner is looked up when a script runs: it needs the registry, which holds this command. */
    public ScriptCommands(org.springframework.beans.factory.ObjectProvider<CommandRunner> runner, Console console,
                          Messages messages) {
        this.runner = runner;
        this.console = console;
        this.m = messages;
    }

    /** One command of a script, with the line it starts on. */
    record Line(int number, String text) {
    }

    @Command(name = "script", group = "其他 Other", completionProvider = "fileCompletion")
    public void script(@Argument(index = 0) String file,
                       @Option(longName = "keep-going") Boolean keepGoing,
                       CommandContext ctx) {
        String name = UsageException.require(file, "文件");
        if (depth >= MAX_DEPTH) {
            throw new UsageException("script.too-deep", name);
        }
        List<Line> lines = parse(read(name));
        PrintWriter out = ctx.outputWriter();
        PrintWriter err = console.err();
        int firstFailure = ExitCodes.OK;
        List<Integer> failed = new ArrayList<>();
        depth++;
        boolean goesOnBefore = console.setScriptGoesOn(Boolean.TRUE.equals(keepGoing));
        try {
            for (Line line : lines) {
                StringWriter messages = new StringWriter();
                int code = runner.getObject().run(line.text(), out, new PrintWriter(messages), ctx.inputReader());
                out.flush();
                if (code == ExitCodes.OK) {
                    continue;
                }
                String where = name.equals("-") ? m.get("script.stdin") : name;
                String message = messages.toString().strip();
                if (!Boolean.TRUE.equals(keepGoing)) {
                    throw new CommandFailedException(code, m.get("script.failed", where, line.number(), message));
                }
                err.println(m.get("script.failed", where, line.number(), message));
                err.flush();
                failed.add(line.number());
                if (firstFailure == ExitCodes.OK) {
                    firstFailure = code;
                }
            }
        } finally {
            depth--;
            console.setScriptGoesOn(goesOnBefore);
        }
        if (!failed.isEmpty()) {
            throw new CommandFailedException(firstFailure, m.get("script.summary", failed.size(), lines.size(),
                    String.join("、", failed.stream().map(String::valueOf).toList())));
        }
    }

    private static String read(String name) {
        try {
            if (name.equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("file.not-found", name);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UsageException("file.not-utf8", name);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("file.unreadable", name, cn.jixiao.model.IoReason.of(e));
        }
    }

    /** Splits a script into commands: comments and blank lines dropped, backslash continuations joined. */
    static List<Line> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> out = new ArrayList<>();
        String[] raw = body.split("\r?\n", -1);
        StringBuilder pending = null;
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i].strip();
            if (pending == null && (l.isEmpty() || l.startsWith("#"))) {
                continue;
            }
            if (pending == null) {
                pending = new StringBuilder();
                start = i + 1;
            }
            if (l.endsWith("\\")) {
                pending.append(l, 0, l.length() - 1).append(' ');
                continue;
            }
            pending.append(l);
            out.add(new Line(start, pending.toString().strip()));
            pending = null;
        }
        if (pending != null && !pending.toString().isBlank()) {
            out.add(new Line(start, pending.toString().strip()));
        }
        return out;
    }

}
