package cn.jixiao.guided;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.jline.tui.component.context.ComponentContext;
import org.springframework.shell.jline.tui.component.flow.ComponentFlow;
import org.springframework.shell.jline.tui.component.flow.SelectItem;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The guided build's questions in the console: choices and yes/no through Spring Shell's {@link ComponentFlow}
 * (arrow keys, space to tick, Enter), text through a JLine line reader (full line editing, Chinese input) showing
 * the current value in brackets: Enter keeps it. Ctrl-C or Ctrl-D while typing, or Ctrl-C in a choice, leaves the flow
 * at once keeping the draft: a choice reads keys through {@link InterruptibleTerminal}, whose input ends when Ctrl-C
 * was pressed (the choice would otherwise wait for a key and only then notice the signal).
 */
@Component
@Lazy
public class ConsolePrompter implements Prompter {
    private static final int VISIBLE_ITEMS = 12;

    private final Supplier<ComponentFlow.Builder> flows;
    private final Supplier<Terminal> terminals;
    private final cn.jixiao.shell.Messages m;
    /** Set by Ctrl-C (SIGINT) while a choice is shown; the choice's reader then ends at once. */
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private LineReader reader;
    private Terminal guarded;

    @org.springframework.beans.factory.annotation.Autowired
    public ConsolePrompter(ObjectProvider<ComponentFlow.Builder> flows, ObjectProvider<Terminal> terminals,
                           cn.jixiao.shell.Messages messages) {
        this(flows::getObject, terminals::getObject, messages);
    }

    ConsolePrompter(Supplier<ComponentFlow.Builder> flows, Supplier<Terminal> terminals, cn.jixiao.shell.Messages messages) {
        this.flows = flows;
        this.m = messages;
        this.terminals = terminals;
    }

    private Terminal terminal() {
        return terminals.get();
    }

    /** A flow builder on the terminal whose reader gives out (end of input) once Ctrl-C was pressed. */
    private ComponentFlow.Builder flow() {
        if (guarded == null) {
            guarded = InterruptibleTerminal.of(terminal(), interrupted::get);
        }
        return flows.get().terminal(guarded);
    }

    @Override
    public String ask(String question, String defaultValue) {
        if (reader == null) {
            reader = LineReaderBuilder.builder().terminal(terminal()).build();
            reader.setVariable(LineReader.DISABLE_HISTORY, true);
        }
        String prompt = new AttributedString("? ", AttributedStyle.BOLD.foreground(AttributedStyle.GREEN))
                .toAnsi(terminal()) + new AttributedString(question, AttributedStyle.BOLD).toAnsi(terminal())
                + (defaultValue == null || defaultValue.isBlank() ? ""
                : new AttributedString(" [" + defaultValue + "]", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN))
                .toAnsi(terminal()))
                + "：";
        prompt = prompt.replace("%", "%%"); // the line reader expands %-sequences in a prompt: "=50%]" lost "%]"
        try {
            String line = reader.readLine(prompt);
            String answer = line == null ? "" : line.strip();
            return answer.isEmpty() && defaultValue != null ? defaultValue : answer;
        } catch (UserInterruptException | EndOfFileException e) {
            throw new Left();
        }
    }

    @Override
    public boolean confirm(String question, boolean defaultValue) {
        ComponentFlow flow = flow().withConfirmationInput("q").name(question).defaultValue(defaultValue)
                .template(m.get("guided.template.confirm")).and().build();
        Boolean answer = run(flow).get("q");
        return answer != null && answer;
    }

    @Override
    public int choose(String question, List<String> options, int defaultIndex) {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            items.add(SelectItem.of(options.get(i), options.get(i)));
        }
        ComponentFlow flow = flow().withSingleItemSelector("q").name(question).selectItems(items)
                .defaultSelect(options.get(Math.max(0, Math.min(defaultIndex, options.size() - 1))))
                .max(VISIBLE_ITEMS).template(m.get("guided.template.single")).and().build();
        String value = run(flow).get("q");
        return value == null || !options.contains(value) ? defaultIndex : options.indexOf(value);
    }

    @Override
    public List<Integer> chooseMany(String question, List<String> options, List<Integer> selected) {
        List<SelectItem> items = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            items.add(SelectItem.of(options.get(i), options.get(i), true, selected.contains(i)));
        }
        ComponentFlow flow = flow().withMultiItemSelector("q").name(question).selectItems(items)
                .max(VISIBLE_ITEMS).template(m.get("guided.template.multi")).and().build();
        List<String> values = run(flow).get("q");
        return values == null ? List.of() : values.stream().map(options::indexOf).filter(i -> i >= 0).sorted().toList();
    }

    @Override
    public void say(String line) {
        terminal().writer().println(line);
        terminal().writer().flush();
    }

    /** Runs a one-question flow; Ctrl-C (SIGINT) while it runs means leave. */
    private ComponentContext<?> run(ComponentFlow flow) {
        Terminal t = terminal();
        interrupted.set(false);
        Terminal.SignalHandler previous = t.handle(Terminal.Signal.INT, s -> interrupted.set(true));
        ComponentContext<?> context;
        try {
            context = flow.run().getContext();
        } finally {
            t.handle(Terminal.Signal.INT, previous);
        }
        if (interrupted.getAndSet(false)) {
            throw new Left();
        }
        return context;
    }
}
