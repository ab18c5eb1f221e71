package cn.jixiao.server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The launcher's client for one-shot commands when there is no Perl (the launcher prefers a Perl twin of this
 * class, which starts faster): hands the arguments, working directory, environment and (when
 * the command reads it) standard input to the resident jixiao ({@link ResidentServer}) and plays back its output,
 * error output and exit code. A plain main class without Spring, run from its own small jar with its own class
 * data archive, so it starts about as fast as {@code java -version}. (No lambdas or string concatenation with
 * {@code +} on the normal path: each would cost an invokedynamic bootstrap at start-up.)
 * <p>
 * System properties (set by the launcher): {@code jixiao.socket} the socket; {@code jixiao.wait} how many
 * milliseconds to wait for it to accept (a server just started); {@code jixiao.server.pid} that server's process,
 * to stop waiting when it dies; {@code jixiao.control=status|stop} with {@code jixiao.server.dir}: report on or stop
 * every resident jixiao of the data directory; {@code jixiao.control=died}: only say that the server ended
 * mid-command (for the launcher's Perl client, which has no translations).
 * <p>
 * Exit codes: the command's; {@value #NOT_SENT} when no server could be reached and nothing was sent (the launcher
 * then runs the command in a JVM of its own); 3 when the server ended before the command finished.
 */
public final class Client {
    /** Nothing was sent: the caller may run the command itself. */
    public static final int NOT_SENT = 125;

    private Client() {
    }

    public static void main(String[] args) throws IOException {
        String control = System.getProperty("jixiao.control");
        if ("died".equals(control)) { // the launcher's Perl client lost the server mid-command
            System.exit(died(new FileOutputStream(FileDescriptor.err), "connection closed"));
        }
        if (control != null) {
            System.exit(control(control, Path.of(System.getProperty("jixiao.server.dir"))));
        }
        SocketChannel channel = connect(Path.of(System.getProperty("jixiao.socket")),
                Long.getLong("jixiao.wait", 0), Long.getLong("jixiao.server.pid", -1));
        if (channel == null) {
            System.exit(NOT_SENT);
        }
        System.exit(run(new Wire(channel), args));
    }

    private static int run(Wire wire, String[] args) {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        try {
            List<String> request = new ArrayList<>();
            request.add(Wire.PROTOCOL);
            request.add(Path.of("").toAbsolutePath().toString());
            Map<String, String> env = System.getenv();
            request.add(String.valueOf(env.size()));
            for (Map.Entry<String, String> e : env.entrySet()) {
                request.add(e.getKey());
                request.add(e.getValue());
            }
            request.addAll(List.of(args));
            wire.send(Wire.REQUEST, Wire.strings(request));
            while (true) {
                Wire.Frame f = wire.read();
                if (f == null) {
                    return died(err, "connection closed");
                }
                switch (f.type()) {
                    case Wire.OUT -> out.write(f.data());
                    case Wire.ERR -> err.write(f.data());
                    case Wire.WANT_IN -> pumpStdin(wire);
                    case Wire.EXIT -> {
                        return Wire.toInt(f.data());
                    }
                    default -> {
                        // a frame this client does not know: ignore
                    }
                }
            }
        } catch (IOException e) {
            return died(err, String.valueOf(e.getMessage()));
        }
    }

    private static int died(OutputStream err, String why) {
        try {
            err.write(new StringBuilder("jixiao: ").append(text("server.died", why)).append('\n').toString()
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // nowhere left to say it
        }
        return 3;
    }

    /** Sends standard input to the server, on a thread of its own, while the output keeps coming. */
    private static void pumpStdin(Wire wire) {
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                InputStream in = System.in;
                byte[] buffer = new byte[1 << 16];
                try {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        if (n > 0) {
                            wire.send(Wire.IN, buffer, 0, n);
                        }
                    }
                    wire.send(Wire.IN_END, new byte[0]);
                } catch (IOException e) {
                    // the server went away: the main thread reports it
                }
            }
        }, "stdin");
        t.setDaemon(true);
        t.start();
    }

    /** Connects, waiting up to {@code waitMillis} for a server that is starting; null if none answers. */
    static SocketChannel connect(Path socket, long waitMillis, long serverPid) {
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(socket);
        while (true) {
            try {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(address);
                    return channel;
                } catch (IOException e) {
                    channel.close();
                }
            } catch (IOException e) {
                return null;
            }
            if (System.nanoTime() > deadline
                    || serverPid > 0 && !ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false)) {
                return null;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return null;
            }
        }
    }

    /** {@code jixiao server status|stop}: every resident jixiao of the data directory. */
    static int control(String what, Path dir) throws IOException {
        if (!what.equals("status") && !what.equals("stop")) {
            System.err.println(text("server.usage"));
            return 2;
        }
        List<Path> sockets = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*.sock")) {
                for (Path p : found) {
                    sockets.add(p);
                }
            }
        }
        java.util.Collections.sort(sockets);
        int answered = 0;
        for (Path socket : sockets) {
            SocketChannel channel = connect(socket, 0, -1);
            if (channel == null) {
                continue; // left by a server that was killed; the next one started here replaces it
            }
            try (Wire wire = new Wire(channel)) {
                wire.send(what.equals("stop") ? Wire.STOP : Wire.STATUS, new byte[0]);
                Wire.Frame f = wire.read();
                if (f == null || f.type() != Wire.TEXT) {
                    continue;
                }
                Properties p = new Properties();
                p.load(new java.io.StringReader(new String(f.data(), StandardCharsets.UTF_8)));
                long rssKb = Long.parseLong(p.getProperty("rss-kb", "-1"));
                String memory = rssKb < 0 ? "?" : String.valueOf((rssKb + 512) / 1024);
                if (what.equals("stop")) {
                    waitForExit(Long.parseLong(p.getProperty("pid", "-1")));
                    System.out.println(text("server.stopped", p.getProperty("pid"), p.getProperty("dir")));
                } else {
                    System.out.println(text("server.running", p.getProperty("pid"), p.getProperty("started"),
                            memory, p.getProperty("commands"), p.getProperty("dir")));
                }
                answered++;
            }
        }
        if (answered == 0) {
            System.out.println(text("server.none", dir.getParent()));
        }
        return 0;
    }

    private static void waitForExit(long pid) {
        java.util.Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isPresent()) {
            try {
                p.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // it said it stops; do not hang on it
            }
        }
    }

    /** The client's messages (bundle {@code server}), in the language {@code JIXIAO_LANG} asks for. */
    static String text(String key, Object... args) {
        String lang = System.getenv("JIXIAO_LANG");
        Locale locale = lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ResourceBundle bundle = ResourceBundle.getBundle("server", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
