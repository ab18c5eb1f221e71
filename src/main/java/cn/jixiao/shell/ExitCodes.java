package cn.jixiao.shell;

/** The one-shot exit codes (docs/cli.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** The command ran and found errors (validation). */
    public static final int FINDINGS = 1;
    /** Bad usage or input: unknown command/option, unreadable file, unknown id/path, unacceptable value. */
    public static final int USAGE = 2;
    /** An unexpected failure: a bug. */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
