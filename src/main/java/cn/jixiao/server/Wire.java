package cn.jixiao.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames the client and the resident jixiao exchange over the socket: a type byte, a length (int) and that
 * many bytes. Reading and writing may happen on two threads at once (the client pumps stdin while it prints the
 * output); the channel is read and written directly, without {@code Channels.newInputStream}, whose reads would
 * hold a lock that writes need.
 */
final class Wire implements Closeable {
    /** Client → server: run a command (strings: protocol version, working directory, env count, env pairs, args). */
    static final byte REQUEST = 'R';
    /** Client → server: tell what you are (reply: {@link #TEXT}). */
    static final byte STATUS = 'S';
    /** Client → server: stop once the running command is done (reply: {@link #TEXT}). */
    static final byte STOP = 'Q';
    /** Client → server: bytes of standard input, and its end. */
    static final byte IN = 'i';
    static final byte IN_END = 'j';
    /** Server → client: bytes for standard output and standard error. */
    static final byte OUT = 'o';
    static final byte ERR = 'e';
    /** Server → client: the command reads standard input: start sending it. */
    static final byte WANT_IN = 'w';
    /** Server → client: the command ended with this exit code (4 bytes). */
    static final byte EXIT = 'x';
    /** Server → client: a reply in key=value lines. */
    static final byte TEXT = 't';

    static final String PROTOCOL = "1";

    record Frame(byte type, byte[] data) {
    }

    private final SocketChannel channel;
    private final DataInputStream in;

    Wire(SocketChannel channel) {
        this.channel = channel;
        this.in = new DataInputStream(new BufferedInputStream(new ChannelInput(channel), 1 << 16));
    }

    /** The next frame, or null when the other side has closed the connection. */
    Frame read() throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        try {
            int length = in.readInt();
            if (length < 0) {
                throw new IOException("bad frame length " + length);
            }
            byte[] data = new byte[length];
            in.readFully(data);
            return new Frame((byte) type, data);
        } catch (EOFException e) {
            return null;
        }
    }

    void send(byte type, byte[] data) throws IOException {
        send(type, data, 0, data.length);
    }

    synchronized void send(byte type, byte[] data, int offset, int length) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(5).put(type).putInt(length).flip();
        ByteBuffer[] buffers = {header, ByteBuffer.wrap(data, offset, length)};
        while (buffers[1].hasRemaining() || header.hasRemaining()) {
            channel.write(buffers);
        }
    }

    void sendInt(byte type, int value) throws IOException {
        send(type, ByteBuffer.allocate(4).putInt(value).array());
    }

    static int toInt(byte[] data) {
        return ByteBuffer.wrap(data).getInt();
    }

    static byte[] strings(List<String> values) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(values.size());
            for (String v : values) {
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e); // no I/O on a byte array
        }
    }

    static List<String> strings(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data));
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            out.add(new String(b, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Blocking reads straight from the channel. */
    private static final class ChannelInput extends InputStream {
        private final SocketChannel channel;

        ChannelInput(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n;
            do {
                n = channel.read(ByteBuffer.wrap(b, off, len));
            } while (n == 0);
            return n;
        }
    }
}
