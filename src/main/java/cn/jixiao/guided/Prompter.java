package cn.jixiao.guided;

import java.util.List;

/**
 * The questions the guided build asks, kept apart from the terminal so the flow can be driven by a script in tests.
 * The console implementation uses Spring Shell's ComponentFlow for choices and JLine for text; any method may throw
 * {@link Left} when the user leaves (Ctrl-C, Ctrl-D), and the flow then keeps its draft.
 */
public interface Prompter {
    /** Asks for a line of text; an empty answer (Enter) keeps {@code defaultValue}. */
    String ask(String question, String defaultValue);

    boolean confirm(String question, boolean defaultValue);

    /** One of {@code options} (zero-based). */
    int choose(String question, List<String> options, int defaultIndex);

    /** Any of {@code options} (zero-based, in option order); {@code selected} are ticked at first. */
    List<Integer> chooseMany(String question, List<String> options, List<Integer> selected);

    /** Shows a line of text (a heading, a reason, a summary). */
    void say(String line);

    /** The user left the flow; what was done is kept in the draft. */
    final class Left extends RuntimeException {
        public Left() {
            super("left the guided build", null, false, false);
        }
    }
}
