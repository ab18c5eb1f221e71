package cn.jixiao.shell;

import cn.jixiao.model.DomainException;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Runs one command line the same way everywhere (console, one-shot, script): parses it, executes it, and turns
 * every failure into a one-line message on {@code err} and an exit code (see {@link ExitCodes}). A missing
 * argument or option value ends with the command's usage from the help bundle.
 */
@Component
public class CommandRunner {
    private final CommandLineParser parser;
    private final CommandRegistry registry;
    private final CommandExecutor executor;
    /** Failures that are a usage slip: their message ends with the command's usage. */
    private static final java.util.Set<String> USAGE_HINTED = java.util.Set.of("argument.missing", "option.required",
            "option.needs-value");

    private final Messages messages;
    private final HelpTexts help;
    private final Holds holds;
    private final boolean debug;

    public CommandRunner(CommandLineParser parser, CommandRegistry registry, Messages messages, HelpTexts help, Holds holds,
                         org.springframework.core.env.Environment env) {
        this.holds = holds;
        this.parser = parser;
        this.registry = registry;
        this.executor = new CommandExecutor(registry);
        this.messages = messages;
        this.help = help;
        this.debug = "1".equals(env.getProperty("JIXIAO_DEBUG")) || "true".equals(env.getProperty("jixiao.debug"));
    }

    /**
     * Runs a line as typed in the console or a script. Whatever the command held (the database) is given back
     * when it ends, failed or not; what it prints shows control characters escaped ({@link SafeWriter}).
     */
    public int run(String line, PrintWriter out, PrintWriter err, InputReader in) {
        PrintWriter safeErr = safe(err);
        List<String> words;
        try {
            words = CommandLineParser.tokenize(line);
        } catch (RuntimeException e) {
            int code = report(e, safeErr);
            holds.release();
            return code;
        }
        return run(words, out, err, in);
    }

    /** Runs already-split words, as one-shot mode receives them. */
    public int run(List<String> words, PrintWriter out, PrintWriter err, InputReader in) {
        PrintWriter safeErr = safe(err);
        try {
            // clear's whole output is the terminal's clear-screen sequence; every other command's output is escaped
            PrintWriter o = words.size() == 1 && words.get(0).equals("clear") ? out : safe(out);
            return execute(parser.parse(words), o, safeErr, in, words);
        } catch (RuntimeException e) {
            return report(e, safeErr, words);
        } finally {
            holds.release();
        }
    }

    private static PrintWriter safe(PrintWriter w) {
        return new PrintWriter(new SafeWriter(w), false);
    }

    private int execute(ParsedInput input, PrintWriter out, PrintWriter err, InputReader in, List<String> words) {
        try {
            ExitStatus status = executor.execute(new CommandContext(input, registry, out, in));
            out.flush();
            if (status.code() == ExitStatus.OK.code()) {
                return ExitCodes.OK;
            }
            err.println(messages.get("error.command-status", status.description()));
            return ExitCodes.USAGE;
        } catch (CommandExecutionException | CommandNotFoundException e) {
            out.flush();
            return report(e, err, words);
        } finally {
            err.flush();
        }
    }

    /** Prints the message for a failure and returns its exit code. */
    public int report(Throwable failure, PrintWriter err) {
        return report(failure, err, List.of());
    }

    /** Prints the message for a failure of the command line {@code words} and returns its exit code. */
    private int report(Throwable failure, PrintWriter err, List<String> words) {
        Throwable t = unwrap(failure);
        DomainException wrapped = domainCause(failure);
        java.sql.SQLException tooLarge = tooLargeForStore(failure);
        int code;
        String message;
        if (t instanceof CommandFailedException f) {
            code = f.exitCode();
            message = f.getMessage();
        } else if (!(t instanceof DomainException) && wrapped != null) {
            // a refusal raised below Spring or Flyway (database busy, not a jixiao database)
            code = ExitCodes.USAGE;
            message = messages.get(wrapped.key(), wrapped.args());
        } else if (!(t instanceof DomainException) && tooLarge != null) {
            code = ExitCodes.USAGE;
            message = messages.get("input.too-large-for-store");
        } else if (t instanceof DomainException d) {
            code = ExitCodes.USAGE;
            message = messages.get(d.key(), d.args());
            if (USAGE_HINTED.contains(d.key())) {
                String plain = message;
                message = parser.commandOf(words).map(c -> messages.get("help.usage-hint", plain, help.usage(c)))
                        .orElse(plain);
            }
        } else if (t instanceof CommandNotFoundException nf) {
            code = ExitCodes.USAGE;
            message = messages.get("command.unknown", nf.getCommandName());
        } else if (t instanceof ConversionException c) {
            code = ExitCodes.USAGE;
            message = messages.get("option.bad-value",
                    c instanceof org.springframework.core.convert.ConversionFailedException f
                            ? String.valueOf(f.getValue()) : "");
        } else if (t instanceof IllegalArgumentException && t.getMessage() != null
                && t.getMessage().startsWith("Required option")) {
            code = ExitCodes.USAGE;
            message = messages.get("option.missing", t.getMessage().replaceAll(".*'(--[^']+)'.*", "$1"));
        } else {
            code = ExitCodes.FAILURE;
            message = messages.get("error.unexpected", t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("")));
        }
        if (message != null && !message.isEmpty()) {
            err.println(message);
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static DomainException domainCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }

    /** A value the database cannot hold (too long, number out of range) that no check caught before storing. */
    private static java.sql.SQLException tooLargeForStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException e && e.getSQLState() != null
                    && (e.getSQLState().equals("22001") || e.getSQLState().equals("22003"))) {
                return e;
            }
        }
        return null;
    }

    static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof CommandExecutionException || cur instanceof InvocationTargetException
                || cur instanceof java.lang.reflect.UndeclaredThrowableException
                || (cur instanceof IllegalStateException && cur.getCause() instanceof DomainException))
                && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }
}
