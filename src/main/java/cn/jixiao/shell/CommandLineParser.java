package cn.jixiao.shell;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * jixiao's command-line parser, used by the console, one-shot mode, scripts and the shell test client alike.
 * Unlike the stock parser it honours single and double quotes and backslash escapes, resolves multi-word
 * commands ({@code header set}), accepts boolean flags anywhere, and rejects unknown options, options
 * without a value, non-numeric numbers and words beyond a command's positional arguments (a file name with a space
 * left unquoted) with a message naming the option or word.
 */
public class CommandLineParser implements CommandParser {
    private static final int MAX_COMMAND_WORDS = 3;

    private final CommandRegistry registry;
    /** How many positional arguments each command takes; a command not here takes any number. */
    private final Map<String, Integer> positional;

    public CommandLineParser(CommandRegistry registry, Map<String, Integer> positional) {
        this.registry = registry;
        this.positional = Map.copyOf(positional);
    }

    @Override
    public ParsedInput parse(String input) {
        return parse(tokenize(input));
    }

    /** Parses words that are already split, as one-shot mode receives them from the operating system. */
    public ParsedInput parse(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("command.empty");
        }
        refuseControlCharacters(words);
        OutputWidth.setWide(false);
        int n = commandWords(words);
        Command command = n == 0 ? null : registry.getCommandByName(String.join(" ", words.subList(0, n)));
        if (command == null) {
            List<String> subs = registry.getCommandsByPrefix(words.get(0)).stream()
                    .map(Command::getName).filter(name -> name.startsWith(words.get(0) + " ")).sorted().toList();
            if (!subs.isEmpty()) {
                throw new UsageException("command.incomplete", String.join(" ", words.subList(0, 1)),
                        String.join("、", subs));
            }
            throw new UsageException("command.unknown", words.get(0));
        }
        if (!command.getName().equals("help") && words.subList(n, words.size()).stream()
                .anyMatch(w -> w.equals("--help") || w.equals("-h"))) {
            // "<command> --help" means "help <command>"
            ParsedInput.Builder help = ParsedInput.builder().commandName("help");
            int i = 0;
            for (String w : command.getName().split(" ")) {
                help.addArgument(new CommandArgument(i++, w));
            }
            return help.build();
        }
        ParsedInput.Builder b = ParsedInput.builder().commandName(words.get(0));
        for (String sub : words.subList(1, n)) {
            b.addSubCommand(sub);
        }
        parseOptionsAndArguments(command, words.subList(n, words.size()), b);
        return b.build();
    }

    /** The command the leading words name (the longest match: {@code header set} before {@code header}), if any. */
    public Optional<Command> commandOf(List<String> words) {
        int n = commandWords(words);
        return n == 0 ? Optional.empty() : Optional.of(registry.getCommandByName(String.join(" ", words.subList(0, n))));
    }

    /** How many leading words name a command (the longest match), 0 when none does. */
    private int commandWords(List<String> words) {
        for (int n = Math.min(MAX_COMMAND_WORDS, words.size()); n >= 1; n--) {
            if (registry.getCommandByName(String.join(" ", words.subList(0, n))) != null) {
                return n;
            }
        }
        return 0;
    }

    private void parseOptionsAndArguments(Command command, List<String> rest, ParsedInput.Builder b) {
        int argIndex = 0;
        boolean onlyArguments = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (!onlyArguments && word.equals("--")) {
                onlyArguments = true;
                continue;
            }
            if (onlyArguments || !looksLikeOption(word)) {
                if (argIndex >= arguments(command)) {
                    throw new UsageException("argument.surplus", word, command.getName(), arguments(command));
                }
                b.addArgument(new CommandArgument(argIndex++, word));
                continue;
            }
            String name = word.startsWith("--") ? word.substring(2) : word.substring(1);
            String explicit = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                explicit = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("help") || name.equals("h")) {
                b.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
                continue;
            }
            if (name.equals("wide") && explicit == null && word.startsWith("--")
                    && find(command, name, true) == null) {
                // any command: print tables at full width, whatever the terminal's (OutputWidth)
                OutputWidth.setWide(true);
                continue;
            }
            CommandOption declared = find(command, name, word.startsWith("--"));
            if (declared == null) {
                throw new UsageException("option.unknown", word, command.getName(), optionList(command));
            }
            if (!seen.add(declared.longName())) {
                throw new UsageException("option.repeated", "--" + declared.longName());
            }
            String value;
            if (isBoolean(declared)) {
                value = explicit == null ? "true" : explicit;
                if (!value.equals("true") && !value.equals("false")) {
                    throw new UsageException("option.bad-boolean", "--" + declared.longName(), value);
                }
            } else if (explicit != null) {
                value = explicit;
            } else if (i + 1 < rest.size() && !isDeclaredOption(command, rest.get(i + 1))) {
                value = rest.get(++i);
            } else {
                throw new UsageException("option.needs-value", "--" + declared.longName());
            }
            if (isWholeNumber(declared) && !value.strip().matches("-?\\d{1,18}")) {
                throw new UsageException("option.bad-number", "--" + declared.longName(), value);
            }
            if ((declared.type() == int.class || declared.type() == Integer.class)
                    && Math.abs(Long.parseLong(value.strip())) > Integer.MAX_VALUE) {
                throw new UsageException("option.number-range", "--" + declared.longName(), value.strip(),
                        Integer.MAX_VALUE);
            }
            b.addOption(CommandOption.with().shortName(declared.shortName()).longName(declared.longName())
                    .value(value).type(declared.type()).build());
        }
        for (CommandOption o : command.getOptions()) {
            if (Boolean.TRUE.equals(o.required()) && !seen.contains(o.longName())) {
                throw new UsageException("option.required", "--" + o.longName(), command.getName());
            }
        }
    }

    /**
     * Whether the command {@code typed} starts with has a place for one more positional argument after the words
     * typed (those before the one under the cursor): TAB offers no second file to a command that reads one.
     */
    public boolean takesAnotherArgument(List<String> typed) {
        int n = commandWords(typed);
        if (n == 0) {
            return false;
        }
        Command command = registry.getCommandByName(String.join(" ", typed.subList(0, n)));
        List<String> words = typed.subList(n, typed.size());
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                count += words.size() - i - 1;
                break;
            }
            if (!looksLikeOption(word)) {
                count++;
                continue;
            }
            CommandOption o = find(command, optionName(word), word.startsWith("--"));
            if (o != null && !isBoolean(o) && !word.contains("=")) {
                i++; // its value
            }
        }
        return count < arguments(command);
    }

    /** How many positional arguments {@code command} takes ({@link Integer#MAX_VALUE}: any number). */
    private int arguments(Command command) {
        return positional.getOrDefault(command.getName(), Integer.MAX_VALUE);
    }

    /** "-5", "-" and "--" alone are values, not options. */
    private static boolean looksLikeOption(String word) {
        if (word.length() < 2 || word.charAt(0) != '-') {
            return false;
        }
        char c = word.charAt(1);
        return c == '-' ? word.length() > 2 : Character.isLetter(c);
    }

    private static boolean isDeclaredOption(Command command, String word) {
        if (!looksLikeOption(word)) {
            return false;
        }
        String name = optionName(word);
        return name.equals("help") || find(command, name, word.startsWith("--")) != null;
    }

    /** The name in an option word: {@code format} in {@code --format=md}, {@code h} in {@code -h}. */
    private static String optionName(String word) {
        String name = word.startsWith("--") ? word.substring(2) : word.substring(1);
        int eq = name.indexOf('=');
        return eq < 0 ? name : name.substring(0, eq);
    }

    private static CommandOption find(Command command, String name, boolean longForm) {
        for (CommandOption o : command.getOptions()) {
            if (longForm ? name.equals(o.longName()) : name.length() == 1 && o.shortName() == name.charAt(0)) {
                return o;
            }
        }
        return null;
    }

    private static boolean isBoolean(CommandOption o) {
        return o.type() == boolean.class || o.type() == Boolean.class;
    }

    /**
     * Control characters (ESC, BEL, NUL, CR/LF, U+202E …) are refused in every word of a command, naming the
     * character and the option or argument that holds it: stored, they would drive a terminal when shown.
     */
    private static void refuseControlCharacters(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            java.util.OptionalInt bad = cn.jixiao.model.ControlChars.first(words.get(i));
            if (bad.isEmpty()) {
                continue;
            }
            String w = words.get(i);
            Object where;
            if (w.startsWith("--") && w.contains("=")) {
                where = w.substring(0, w.indexOf('='));
            } else if (i > 0 && words.get(i - 1).startsWith("--")) {
                where = words.get(i - 1);
            } else {
                where = new cn.jixiao.model.MessageRef("input.word-n", i + 1);
            }
            throw new UsageException("input.control-char", cn.jixiao.model.ControlChars.name(bad.getAsInt()), where);
        }
    }

    private static boolean isWholeNumber(CommandOption o) {
        return o.type() == int.class || o.type() == Integer.class || o.type() == long.class || o.type() == Long.class;
    }

    static String optionList(Command command) {
        List<String> names = new ArrayList<>();
        for (CommandOption o : command.getOptions()) {
            names.add("--" + o.longName());
        }
        return names.isEmpty() ? "-" : String.join(" ", names);
    }

    /**
     * Splits a line into words: whitespace separates; "double" and 'single' quotes group (and may join with
     * adjacent text); a backslash escapes the next character outside single quotes.
     */
    public static List<String> tokenize(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()
                        && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                    cur.append(line.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c) || c == '\u3000') {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new UsageException("parse.unclosed-quote", String.valueOf(quote));
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }
}
