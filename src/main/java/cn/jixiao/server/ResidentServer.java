package cn.jixiao.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The resident jixiao: a JVM that stays up and runs one-shot commands handed to it over a UNIX-domain socket, so
 * that a command costs a Spring context in a warm JVM instead of a JVM start.
 * <ul>
 *   <li>Started by the launcher ({@code ./jixiao}) with {@code -Djixiao.resident=<socket>}, in the working
 *   directory of the commands it serves (relative file names mean the same as in a fresh JVM); the socket lives in
 *   {@code <data directory>/server/}, mode 700, the socket file itself 600. Nothing listens on the network.</li>
 *   <li>Each command runs in a Spring context of its own, made for it and closed after it (database included), with
 *   the caller's environment, arguments, standard input, output and error: no state of one call reaches the
 *   next. Commands run one after the other; status and stop requests are answered at any time.</li>
 *   <li>Stops after {@code jixiao.server.idle-minutes} (jixiao.properties, default 30) without a command, when
 *   its jar changes, and on {@code jixiao server stop}.</li>
 * </ul>
 */
public final class ResidentServer {
    /** Runs one command line with the given environment (instead of the JVM's) and returns its exit code. */
    @FunctionalInterface
    public interface Runner {
        int run(List<String> args, Map<String, String> env);
    }

    static final long DEFAULT_IDLE_MINUTES = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path socket;
    private final Path info;
    private final Runner runner;
    private final ReentrantLock callLock = new ReentrantLock(true);
    private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
    private final AtomicLong served = new AtomicLong();
    private final Instant started = Instant.now();
    private final PrintStream log = System.err;
    private final PrintStream quietOut = System.out;
    private final InputStream quietIn = System.in;
    private volatile boolean stopping;
    private ServerSocketChannel server;

    private ResidentServer(Path socket, Runner runner) {
        this.socket = socket;
        this.info = sibling(socket, ".info");
        this.runner = runner;
    }

    /** The server's main loop; returns only by exiting the JVM. */
    public static void serve(Path socket, Runner runner) {
        new ResidentServer(socket.toAbsolutePath(), runner).run();
    }

    static Path sibling(Path socket, String extension) {
        String name = socket.getFileName().toString();
        return socket.resolveSibling((name.endsWith(".sock") ? name.substring(0, name.length() - 5) : name) + extension);
    }

    private void run() {
        Path dir = socket.getParent();
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            fail("cannot make " + dir + " private: " + e.getMessage());
        }
        // one server per socket: the lock is held for the JVM's lifetime and dropped by the OS when it ends
        FileLock lock = null;
        try {
            FileChannel lockFile = FileChannel.open(sibling(socket, ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = lockFile.tryLock();
        } catch (IOException e) {
            fail("cannot lock " + sibling(socket, ".lock") + ": " + e.getMessage());
        }
        if (lock == null) {
            say("another resident jixiao serves " + socket + "; exiting");
            System.exit(0);
        }
        try {
            Files.deleteIfExists(socket); // left by a server that was killed
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            writeInfo();
        } catch (IOException e) {
            fail("cannot listen on " + socket + ": " + e.getMessage());
        }
        // killed politely (SIGTERM, as the launcher does for an outdated jar): leave no socket behind
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeFiles, "jixiao-resident-cleanup"));
        long idleNanos = idleMinutes(dir.getParent()) * 60_000_000_000L;
        Thread watchdog = new Thread(() -> watch(idleNanos), "jixiao-resident-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        say("serving " + socket + " (pid " + ProcessHandle.current().pid() + ", idle limit "
                + idleNanos / 60_000_000_000L + " min)");
        while (!stopping) {
            try {
                SocketChannel client = server.accept();
                Thread t = new Thread(() -> handle(client), "jixiao-resident-call");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!stopping) {
                    say("accept failed: " + e.getMessage());
                }
            }
        }
        // stop() exits the JVM
        sleepForever();
    }

    private void handle(SocketChannel channel) {
        try (Wire wire = new Wire(channel)) {
            Wire.Frame first = wire.read();
            if (first == null) {
                return;
            }
            switch (first.type()) {
                case Wire.STATUS -> wire.send(Wire.TEXT, status().getBytes(StandardCharsets.UTF_8));
                case Wire.STOP -> {
                    wire.send(Wire.TEXT, status().getBytes(StandardCharsets.UTF_8));
                    stop("stop requested");
                }
                case Wire.REQUEST -> call(wire, Wire.strings(first.data()));
                default -> say("unknown request " + first.type());
            }
        } catch (IOException e) {
            say("connection: " + e.getMessage());
        }
    }

    /** Runs one command for a client, its standard streams bound to the connection. */
    private void call(Wire wire, List<String> request) throws IOException {
        if (request.isEmpty() || !Wire.PROTOCOL.equals(request.get(0))) {
            wire.send(Wire.ERR, "jixiao: client and resident jixiao do not match; run `jixiao server stop`\n"
                    .getBytes(StandardCharsets.UTF_8));
            wire.sendInt(Wire.EXIT, 3);
            return;
        }
        int envCount = Integer.parseInt(request.get(2));
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < envCount; i++) {
            env.put(request.get(3 + 2 * i), request.get(4 + 2 * i));
        }
        List<String> args = List.copyOf(request.subList(3 + 2 * envCount, request.size()));
        callLock.lock();
        try {
            if (stopping) {
                wire.send(Wire.ERR, "jixiao: the resident jixiao is stopping; run the command again\n"
                        .getBytes(StandardCharsets.UTF_8));
                wire.sendInt(Wire.EXIT, 3);
                return;
            }
            lastActive.set(System.nanoTime());
            FrameOutput out = new FrameOutput(wire, Wire.OUT);
            FrameOutput err = new FrameOutput(wire, Wire.ERR);
            PrintStream outStream = new PrintStream(out, false, StandardCharsets.UTF_8);
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            System.setOut(outStream);
            System.setErr(errStream);
            System.setIn(new ClientInput(wire));
            int code;
            try {
                code = runner.run(args, env);
            } catch (Throwable t) { // the command's own failures are handled inside; this is a bug
                errStream.println("jixiao: " + t);
                t.printStackTrace(log);
                code = 3;
            } finally {
                outStream.flush();
                errStream.flush();
                System.setOut(quietOut);
                System.setErr(log);
                System.setIn(quietIn);
            }
            served.incrementAndGet();
            if (!out.broken() && !err.broken()) {
                wire.sendInt(Wire.EXIT, code);
            }
        } finally {
            lastActive.set(System.nanoTime());
            callLock.unlock();
        }
    }

    private String status() {
        long rssKb = rssKb();
        return "pid=" + ProcessHandle.current().pid() + "\n"
                + "started=" + LocalDateTime.ofInstant(started, ZoneId.systemDefault()).format(TIME) + "\n"
                + "rss-kb=" + rssKb + "\n"
                + "heap-kb=" + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024 + "\n"
                + "commands=" + served.get() + "\n"
                + "dir=" + Path.of("").toAbsolutePath() + "\n";
    }

    /** Resident set size from /proc (Linux), or -1. */
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private void writeInfo() throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        p.setProperty("stamp", System.getProperty("jixiao.resident.stamp", ""));
        p.setProperty("dir", Path.of("").toAbsolutePath().toString());
        Path tmp = sibling(socket, ".info.tmp");
        try (var w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            // the launcher reads this with a shell loop: plain key=value lines, no escapes needed for its keys
            w.write("pid=" + p.getProperty("pid") + "\nstamp=" + p.getProperty("stamp") + "\n");
        }
        Files.move(tmp, info, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Checks every two seconds: idle too long, or the jar replaced? */
    private void watch(long idleNanos) {
        String jar = System.getProperty("jixiao.resident.jar", "");
        String stamp = jarStamp(jar);
        while (!stopping) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
            if (!callLock.isLocked() && System.nanoTime() - lastActive.get() > idleNanos) {
                stop("idle");
            } else if (!jar.isEmpty() && !stamp.equals(jarStamp(jar))) {
                stop("the jar changed");
            }
        }
    }

    private static String jarStamp(String jar) {
        try {
            Path p = Path.of(jar);
            return Files.size(p) + "-" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | RuntimeException e) {
            return "missing";
        }
    }

    /** Stops after the running command (if any): removes the socket and exits. */
    private void stop(String why) {
        callLock.lock(); // wait for a running command; never unlocked: the JVM ends
        stopping = true;
        say("stopping: " + why + " (" + served.get() + " commands served)");
        try {
            server.close();
        } catch (IOException e) {
            // exiting anyway
        }
        System.exit(0); // the shutdown hook removes the socket
    }

    private void removeFiles() {
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(info);
        } catch (IOException e) {
            say("cannot remove " + socket + ": " + e.getMessage());
        }
    }

    static long idleMinutes(Path home) {
        Path file = home.resolve("jixiao.properties");
        if (!Files.isRegularFile(file)) {
            return DEFAULT_IDLE_MINUTES;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            String v = p.getProperty("jixiao.server.idle-minutes", "").strip();
            return v.isEmpty() ? DEFAULT_IDLE_MINUTES : Math.max(1, Long.parseLong(v));
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT_IDLE_MINUTES;
        }
    }

    private void say(String message) {
        log.println(LocalDateTime.now().format(TIME) + " " + message);
        log.flush();
    }

    private void fail(String message) {
        say(message);
        System.exit(3);
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A command's stdout or stderr: buffered, sent as frames on flush; once the client is gone, discarded. */
    private static final class FrameOutput extends OutputStream {
        private final Wire wire;
        private final byte type;
        private final byte[] buffer = new byte[8192];
        private int used;
        private boolean broken;

        FrameOutput(Wire wire, byte type) {
            this.wire = wire;
            this.type = type;
        }

        boolean broken() {
            return broken;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                flush();
            }
            if (len >= buffer.length) {
                send(b, off, len);
                return;
            }
            System.arraycopy(b, off, buffer, used, len);
            used += len;
        }

        @Override
        public void flush() {
            if (used > 0) {
                send(buffer, 0, used);
                used = 0;
            }
        }

        private void send(byte[] b, int off, int len) {
            if (broken) {
                return;
            }
            try {
                wire.send(type, b, off, len);
            } catch (IOException e) {
                broken = true; // the client went away; the command still runs to its end
            }
        }
    }

    /** A command's stdin: asks the client for it on the first read, then reads the frames it sends. */
    private static final class ClientInput extends InputStream {
        private final Wire wire;
        private boolean asked;
        private boolean ended;
        private byte[] chunk = new byte[0];
        private int pos;

        ClientInput(Wire wire) {
            this.wire = wire;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == chunk.length) {
                if (ended) {
                    return -1;
                }
                if (!asked) {
                    asked = true;
                    wire.send(Wire.WANT_IN, new byte[0]);
                }
                Wire.Frame f = wire.read();
                if (f == null || f.type() == Wire.IN_END) {
                    ended = true;
                } else if (f.type() == Wire.IN) {
                    chunk = f.data();
                    pos = 0;
                }
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
