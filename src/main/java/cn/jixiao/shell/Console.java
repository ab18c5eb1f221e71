package cn.jixiao.shell;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/** Whether a person is at the keyboard, and asking them. */
@Component
public class Console {
    private final Holds holds;
    private boolean interactive;
    private boolean scriptGoesOn;
    private java.io.PrintWriter err = new java.io.PrintWriter(
            new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);

    public Console(Holds holds) {
        this.holds = holds;
    }

    public boolean interactive() {
        return interactive;
    }

    void setInteractive(boolean value) {
        interactive = value;
    }

    /**
     * Whether a script runs with {@code --keep-going}: a line refused because another session saved first is
     * reported, and the session then builds on what is stored now, so the next lines go on.
     */
    public boolean scriptGoesOn() {
        return scriptGoesOn;
    }

    /** Sets {@link #scriptGoesOn()}; returns the value before (a script inside a script restores it). */
    boolean setScriptGoesOn(boolean value) {
        boolean before = scriptGoesOn;
        scriptGoesOn = value;
        return before;
    }

    /** Where messages about failures go: stderr in one-shot mode, the terminal in the console. */
    public java.io.PrintWriter err() {
        return err;
    }

    void setErr(java.io.PrintWriter writer) {
        err = writer;
    }

    /**
     * Asks a yes/no question in the console. Outside the console nobody can answer, so the command must be
     * confirmed with {@code --yes}: that is a usage error.
     */
    public boolean confirm(CommandContext ctx, String question) {
        if (!interactive) {
            throw new UsageException("confirm.needs-yes");
        }
        holds.release(); // nothing is held while the user thinks (the release keeps an open transaction)
        try {
            String answer = ctx.inputReader().readInput(question + " [y/N] ");
            return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes")
                    || answer.strip().equals("是"));
        } catch (Exception e) {
            return false;
        }
    }
}
