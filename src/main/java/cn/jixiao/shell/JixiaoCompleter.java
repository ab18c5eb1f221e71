package cn.jixiao.shell;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TAB completion for the console. Spring Shell's completer looks a command up by all words typed so far, so
 * it finds no command once an argument has been started ({@code set 产<TAB>}); this one takes the longest
 * leading words that name a command, then offers its options and its provider's proposals. Command names and
 * options are described in the user's language, from the help bundle ({@link HelpTexts}).
 */
@Component
public class JixiaoCompleter extends CommandCompleter {
    /** Options are listed after every proposal. */
    private static final int OPTIONS_SORT = 1_000_000;

    private final CommandRegistry registry;
    private final HelpTexts texts;
    private final Holds holds;
    private final CommandLineParser parser;

    public JixiaoCompleter(CommandRegistry registry, HelpTexts texts, Holds holds, CommandLineParser parser) {
        super(registry);
        this.registry = registry;
        this.texts = texts;
        this.holds = holds;
        this.parser = parser;
    }

    /** Proposals may come from the database, which is given back before the user types on. */
    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        try {
            propose(reader, line, candidates);
        } finally {
            holds.release();
        }
    }

    private void propose(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        List<String> typed = words.subList(0, Math.min(line.wordIndex(), words.size())); // before the cursor's word
        Command command = parser.commandOf(typed).orElse(null);
        if (command == null) {
            candidates.addAll(commandWords(words, line.wordIndex())); // still typing the command name
            return;
        }
        CommandOption option = optionBeingValued(words, line.wordIndex(), command);
        boolean argument = option != null || parser.takesAnotherArgument(typed);
        // JLine lists candidates by their sort number (then by character code): the provider's order is kept
        // (ids 1, 2, …, 10; the 二级's own indicators before the others), options come last
        int sort = 0;
        CompletionContext ctx = new CompletionContext(words, line.wordIndex(), line.wordCursor(), command, option);
        List<CompletionProposal> proposals = argument ? command.getCompletionProvider().apply(ctx) : List.of();
        for (CompletionProposal p : proposals) {
            candidates.add(new Candidate(p.value(), p.displayText(), p.category(), p.description(), null, null,
                    p.complete(), ++sort));
        }
        if (option == null) {
            for (CommandOption o : command.getOptions()) {
                if (!words.contains("--" + o.longName())) {
                    candidates.add(new Candidate("--" + o.longName(), "--" + o.longName(), null,
                            texts.option(command, o), null, null, true, OPTIONS_SORT + ++sort));
                }
            }
        }
    }

    /**
     * The next word of the command names that start with the words typed so far: a whole name's last word with
     * its summary ({@code template l} → {@code list}), or the first word of a multi-word one ({@code tem} →
     * {@code template}, to be followed by its sub-command).
     */
    List<Candidate> commandWords(List<String> words, int wordIndex) {
        List<String> typed = words.subList(0, Math.min(wordIndex, words.size()));
        Map<String, Candidate> out = new TreeMap<>();
        for (Command c : registry.getCommands()) {
            if (c.isHidden()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(c.getName());
            names.addAll(c.getAliases());
            for (String name : names) {
                List<String> parts = List.of(name.split(" "));
                if (parts.size() <= typed.size() || !parts.subList(0, typed.size()).equals(typed)) {
                    continue;
                }
                String word = parts.get(typed.size());
                boolean last = parts.size() == typed.size() + 1;
                String group = texts.heading(texts.group(c));
                if (last) {
                    out.put(word, new Candidate(word, word, group, texts.summary(c), null, null, true));
                } else {
                    out.putIfAbsent(word, new Candidate(word, word, group, null, null, null, true));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The option whose value is under the cursor ({@code --id <TAB>}), if any. */
    private static CommandOption optionBeingValued(List<String> words, int wordIndex, Command command) {
        if (wordIndex < 1) {
            return null;
        }
        String previous = words.get(wordIndex - 1);
        for (CommandOption o : command.getOptions()) {
            boolean flag = o.type() == Boolean.class || o.type() == boolean.class;
            if (!flag && previous.equals("--" + o.longName())) {
                return o;
            }
        }
        return null;
    }
}
