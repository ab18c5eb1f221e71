package cn.jixiao.guided;

import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BooleanSupplier;

/**
 * The console's terminal as a choice (a Spring Shell component) sees it: everything is the real terminal's, except that
 * its input ends (end of file) as soon as {@code stop} says so. A component reads keys until one of its own, and a
 * choice has no key for Ctrl-C: without this it would go on waiting after the SIGINT, and the next key pressed would
 * count as leaving. Input ending makes the component return at once, and the prompter then leaves the flow.
 */
final class InterruptibleTerminal {
    /** How often a waiting read looks at {@code stop}. */
    private static final long SLICE_MILLIS = 50;

    private InterruptibleTerminal() {
    }

    static Terminal of(Terminal terminal, BooleanSupplier stop) {
        NonBlockingReader reader = new Reader(terminal.reader(), stop);
        return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class},
                (proxy, method, args) -> {
                    if (method.getParameterCount() == 0 && method.getName().equals("reader")) {
                        return reader;
                    }
                    if (method.getParameterCount() == 0 && method.getName().equals("close")) {
                        return null; // the console's terminal outlives a choice
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "InterruptibleTerminal[" + terminal.getName() + "]";
                        };
                    }
                    try {
                        return method.invoke(terminal, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The terminal's reader, reading in short slices and giving end of input once {@code stop} holds. */
    private static final class Reader extends NonBlockingReader {
        private final NonBlockingReader in;
        private final BooleanSupplier stop;

        Reader(NonBlockingReader in, BooleanSupplier stop) {
            this.in = in;
            this.stop = stop;
        }

        @Override
        protected int read(long timeout, boolean isPeek) throws IOException {
            long left = timeout;
            while (true) {
                if (stop.getAsBoolean()) {
                    return EOF;
                }
                long slice = timeout <= 0 ? SLICE_MILLIS : Math.min(left, SLICE_MILLIS);
                int c = isPeek ? in.peek(slice) : in.read(slice);
                if (c != READ_EXPIRED) {
                    return c;
                }
                if (timeout > 0) {
                    left -= slice;
                    if (left <= 0) {
                        return READ_EXPIRED;
                    }
                }
            }
        }

        @Override
        public int readBuffered(char[] b, int off, int len, long timeout) throws IOException {
            return stop.getAsBoolean() ? EOF : in.readBuffered(b, off, len, timeout);
        }

        @Override
        public int available() {
            return in.available();
        }

        @Override
        public void shutdown() {
            // the console's reader stays open
        }

        @Override
        public void close() {
            // the console's reader stays open
        }
    }
}
