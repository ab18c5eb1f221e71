package cn.jixiao.shell;

/**
 * How many terminal columns a command's tables may use, for the thread that runs it: the console's terminal width,
 * in one-shot mode {@code COLUMNS} when set (the launcher sets it when standard output is a terminal), else no
 * limit, so that scripts reading the output get every cell in full. {@code --wide} on any command line lifts the
 * limit for that command ({@link CommandLineParser} notes it).
 */
public final class OutputWidth {
    /** No limit: tables are as wide as their widest cells. */
    public static final int UNLIMITED = 0;

    private static final ThreadLocal<Integer> COLUMNS = ThreadLocal.withInitial(() -> UNLIMITED);
    private static final ThreadLocal<Boolean> WIDE = ThreadLocal.withInitial(() -> false);

    private OutputWidth() {
    }

    /** The columns a table may fill on this thread, {@link #UNLIMITED} for no limit. */
    public static int columns() {
        return WIDE.get() ? UNLIMITED : COLUMNS.get();
    }

    /** Sets the width of this thread's output ({@link #UNLIMITED}, or a count of columns). */
    public static void setColumns(int columns) {
        COLUMNS.set(Math.max(UNLIMITED, columns));
    }

    /** Whether the current command asked for full-width output ({@code --wide}). */
    public static boolean wide() {
        return WIDE.get();
    }

    static void setWide(boolean wide) {
        WIDE.set(wide);
    }

    /** The width a {@code COLUMNS} value gives: its number when it is one (at least 20), else no limit. */
    public static int fromEnvironment(String columns) {
        if (columns == null || !columns.strip().matches("\\d{1,4}")) {
            return UNLIMITED;
        }
        int n = Integer.parseInt(columns.strip());
        return n < 20 ? UNLIMITED : n;
    }
}
