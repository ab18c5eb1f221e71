package cn.jixiao.shell;

/**
 * A command that printed its output and ends with a non-zero exit code of its own (1 when it found errors),
 * with an optional message for stderr.
 */
public final class CommandFailedException extends RuntimeException {
    private final int exitCode;

    public CommandFailedException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
