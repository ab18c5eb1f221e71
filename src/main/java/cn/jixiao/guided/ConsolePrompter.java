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

/**
 * The guided build's questions in the console: choices and yes/no through Spring Shell's {@link ComponentFlow}
 * (arrow keys, space to tick, Enter), text through a JLine line reader (full line editing, Chinese input) showing
 * the current value in brackets: Enter keeps it. Ctrl-C or Ctrl-D while typing, or Ctrl-C in a choice, leaves the flow keeping the draft.
 */
@Component
@Lazy
public class ConsolePrompter implements Prompter {
    private static final int VISIBLE_ITEMS = 12;

    private final ObjectProvider<ComponentFlow.Builder> flows;
    private final ObjectProvider<Terminal> terminals;
    private final cn.jixiao.shell.Messages m;
    private LineReader reader;

    public ConsolePrompter(ObjectProvider<ComponentFlow.Builder> flows, ObjectProvider<Terminal> terminals,
                           cn.jixiao.shell.Messages messages) {
        this.flows = flows;
        this.m = messages;
        this.terminals = terminals;
    }

    private Terminal terminal() {
        return terminals.getObject();
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
        ComponentFlow flow = flows.getObject().withConfirmationInput("q").name(question).defaultValue(defaultValue)
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
        ComponentFlow flow = flows.getObject().withSingleItemSelector("q").name(question).selectItems(items)
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
        ComponentFlow flow = flows.getObject().withMultiItemSelector("q").name(question).selectItems(items)
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
        AtomicBoolean interrupted = new AtomicBoolean();
        Terminal.SignalHandler previous = t.handle(Terminal.Signal.INT, s -> interrupted.set(true));
        ComponentContext<?> context;
        try {
            context = flow.run().getContext();
        } finally {
            t.handle(Terminal.Signal.INT, previous);
        }
        if (interrupted.get()) {
            throw new Left();
        }
        return context;
    }
}
