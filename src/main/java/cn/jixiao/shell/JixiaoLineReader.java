package cn.jixiao.shell;

import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.ReaderUtils;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's line reader: Spring Shell's JLine reader with TAB completion in jixiao's terms.
 * <ul>
 * <li>Pinyin initials match Chinese candidates ({@link PinyinCompletionMatcher}), and a word typed as pinyin
 * initials whose matches all start alike is replaced by what they share, as a typed Chinese prefix is extended
 * ({@code add cczb<TAB>} → {@code add 产出指标/}); then the list or menu comes as for that prefix. JLine inserts a
 * shared prefix only when it starts with the word typed, so initials never got one.</li>
 * <li>The question before a long list, which JLine's {@code doList} words in English with the application's name
 * ({@code Spring Shell: do you wish to see all 68 possibilities (68 lines)?}), is asked in the user's language
 * ({@code completion.show-all}); y (or TAB) lists, anything else goes back to the line, as in JLine.</li>
 * <li>Delayed line wrap: a typed line of Chinese that reaches the right margin had the wide character that no
 * longer fits drawn on the screen line's last column and again at the start of the next.</li>
 * </ul>
 * Spring Shell's reader is a bean built by its auto-configuration (not replaceable: no
 * {@code @ConditionalOnMissingBean}); {@link #like} makes one of these with its parts.
 */
public class JixiaoLineReader extends LineReaderImpl {
    private final Messages m;
    /** JLine's question, as {@code LineReaderImpl.doList} words it. */
    private final Pattern question;

    JixiaoLineReader(Terminal terminal, Map<String, Object> variables, Messages messages) {
        super(terminal, "jixiao", variables);
        this.m = messages;
        this.question = Pattern.compile(Pattern.quote(getAppName())
                + ": do you wish to see all (\\d+) possibilities \\((\\d+) lines\\)\\?");
        setCompletionMatcher(new PinyinCompletionMatcher());
        setOpt(Option.DELAY_LINE_WRAP);
    }

    /**
     * A reader with the parts of {@code given} (Spring Shell's: terminal, variables such as the history file,
     * options, key map, parser, completer, highlighter, expander, history), completing as described above.
     */
    public static JixiaoLineReader like(LineReader given, Messages messages) {
        JixiaoLineReader reader = new JixiaoLineReader(given.getTerminal(), new HashMap<>(given.getVariables()),
                messages);
        for (Option o : Option.values()) {
            if (o != Option.DELAY_LINE_WRAP) {
                reader.option(o, given.isSet(o));
            }
        }
        reader.setKeyMap(given.getKeyMap());
        reader.setParser(given.getParser());
        reader.setHighlighter(given.getHighlighter());
        reader.setExpander(given.getExpander());
        reader.setHistory(given.getHistory());
        if (given instanceof LineReaderImpl impl) {
            reader.setCompleter(impl.getCompleter());
        }
        return reader;
    }

    /** JLine's question before a long list, in the user's language; any other text as it is. */
    String translated(String text) {
        Matcher q = question.matcher(text);
        return q.matches() ? showAll(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)), m) : text;
    }

    /** The question asked before listing {@code count} candidates that take {@code lines} lines. */
    static String showAll(int count, int lines, Messages messages) {
        return messages.get("completion.show-all", count, lines);
    }

    @Override
    protected void redisplay(boolean flush) {
        Supplier<AttributedString> shown = post;
        if (shown != null && !(shown instanceof Translated)) {
            post = new Translated(shown);
        }
        super.redisplay(flush);
    }

    /** What is shown under the line (a list, a menu, a question), with JLine's question translated. */
    private final class Translated implements Supplier<AttributedString> {
        private final Supplier<AttributedString> shown;

        Translated(Supplier<AttributedString> shown) {
            this.shown = shown;
        }

        @Override
        public AttributedString get() {
            AttributedString text = shown.get();
            String t = text.toString();
            String translated = translated(t);
            return translated.equals(t) ? text : new AttributedString(translated);
        }
    }

    @Override
    protected boolean doComplete(CompletionType lst, boolean useMenu, boolean prefix, boolean forSuggestion) {
        if (lst != CompletionType.List && !forSuggestion && !prefix && replacePinyinWord()) {
            // as JLine goes on after inserting a shared prefix: list at once, or only on the next TAB
            boolean waitForTab = (!isSet(Option.AUTO_LIST) && isSet(Option.AUTO_MENU))
                    || (isSet(Option.AUTO_LIST) && isSet(Option.LIST_AMBIGUOUS));
            if (waitForTab && !nextBindingIsComplete()) {
                return true;
            }
        }
        return super.doComplete(lst, useMenu, prefix, forSuggestion);
    }

    /**
     * When the word before the cursor is pinyin initials and the candidates it matches share a prefix that
     * covers it, replaces the word by that prefix; returns whether it did.
     */
    private boolean replacePinyinWord() {
        if (completer == null || ReaderUtils.getBoolean(this, DISABLE_COMPLETION, false)) {
            return false;
        }
        CompletingParsedLine line;
        List<Candidate> candidates = new ArrayList<>();
        try {
            line = wrap(parser.parse(buf.toString(), buf.cursor(), Parser.ParseContext.COMPLETE));
            String word = line.word();
            if (line.wordCursor() != word.length() || !Pinyin.isInitialsQuery(word)) {
                return false;
            }
            completer.complete(this, line, candidates);
        } catch (RuntimeException e) {
            return false; // JLine's own completion then reports nothing either
        }
        completionMatcher.compile(options, false, line, isSet(Option.CASE_INSENSITIVE),
                ReaderUtils.getInt(this, ERRORS, DEFAULT_ERRORS), getOriginalGroupName());
        List<String> matched = completionMatcher.matches(candidates).stream()
                .map(c -> AttributedString.stripAnsi(c.value())).distinct().toList();
        Optional<String> shared = Pinyin.sharedPrefix(line.word(), matched);
        if (shared.isEmpty()) {
            return false;
        }
        buf.move(line.rawWordLength() - line.rawWordCursor());
        buf.backspace(line.rawWordLength());
        buf.write(line.escape(shared.get(), false));
        callWidget(REDISPLAY);
        return true;
    }
}
