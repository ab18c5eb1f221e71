package cn.jixiao.shell;

import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Keys typed into the console's line reader on a terminal of a given size: Spring Shell's reader set up as its
 * auto-configuration does (app name, completer, parser, no TAB insertion), remade by {@link JixiaoLineReader#like}
 * as the console does.
 */
final class TabTerminal {
    /** The line the reader returned (null at the end of input) and what the terminal showed, escapes removed. */
    record Typed(String line, String screen) {
    }

    private TabTerminal() {
    }

    static Typed type(String keys, Completer completer, Parser parser, Messages messages, int columns, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "ansi",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(columns, rows));
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("Spring Shell")
                    .completer(completer);
            if (parser != null) {
                builder.parser(parser);
            }
            LineReader given = builder.build();
            given.unsetOpt(LineReader.Option.INSERT_TAB);
            LineReader reader = JixiaoLineReader.like(given, messages);
            String line;
            try {
                line = reader.readLine("jixiao> ");
            } catch (EndOfFileException e) {
                line = null;
            }
            terminal.flush();
            return new Typed(line, AttributedString.stripAnsi(out.toString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
