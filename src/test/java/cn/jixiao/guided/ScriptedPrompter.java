package cn.jixiao.guided;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Answers the guided build's questions from a script, in order, and records what was asked and said. An answer to
 * a choice is a piece of the option's text; to several choices, pieces separated by "|"; to a question, the text
 * ("" keeps the pre-filled value, as Enter does in the console); {@link #LEAVE} leaves the flow (Ctrl-C).
 */
public final class ScriptedPrompter implements Prompter {
    public static final String LEAVE = "<leave>";

    private final Deque<String> answers;
    private final List<String> transcript = new ArrayList<>();

    public ScriptedPrompter(String... answers) {
        this.answers = new ArrayDeque<>(Arrays.asList(answers));
    }

    private Runnable whileAsking = () -> {
    };

    /** Runs {@code check} at every question, while the answer is awaited (as the user would be thinking). */
    public ScriptedPrompter whileAsking(Runnable check) {
        whileAsking = check;
        return this;
    }

    public List<String> transcript() {
        return transcript;
    }

    public int remaining() {
        return answers.size();
    }

    private String next(String question) {
        whileAsking.run();
        if (answers.isEmpty()) {
            throw new AssertionError("no scripted answer for: " + question + "\n" + String.join("\n", transcript));
        }
        String a = answers.pop();
        if (a.equals(LEAVE)) {
            transcript.add("? " + question + " <- (leave)");
            throw new Left();
        }
        return a;
    }

    @Override
    public String ask(String question, String defaultValue) {
        String a = next(question);
        String answer = a.isEmpty() ? defaultValue : a;
        transcript.add("? " + question + " [" + defaultValue + "] <- " + answer);
        return answer;
    }

    @Override
    public boolean confirm(String question, boolean defaultValue) {
        String a = next(question);
        boolean yes = a.isEmpty() ? defaultValue : a.equalsIgnoreCase("y") || a.equals("是");
        transcript.add("? " + question + " <- " + yes);
        return yes;
    }

    @Override
    public int choose(String question, List<String> options, int defaultIndex) {
        String a = next(question);
        int i = a.isEmpty() ? defaultIndex : find(question, options, a);
        transcript.add("? " + question + " " + options + " <- " + options.get(i));
        return i;
    }

    @Override
    public List<Integer> chooseMany(String question, List<String> options, List<Integer> selected) {
        String a = next(question);
        List<Integer> out = new ArrayList<>();
        if (!a.isEmpty()) {
            for (String piece : a.split("\\|")) {
                out.add(find(question, options, piece));
            }
        }
        transcript.add("? " + question + " " + options + " <- " + out);
        return out.stream().sorted().toList();
    }

    @Override
    public void say(String line) {
        transcript.add(line);
    }

    private int find(String question, List<String> options, String piece) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals(piece)) {
                return i;
            }
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).contains(piece)) {
                return i;
            }
        }
        throw new AssertionError("no option of \"" + question + "\" contains \"" + piece + "\": " + options
                + "\n" + String.join("\n", transcript));
    }
}
