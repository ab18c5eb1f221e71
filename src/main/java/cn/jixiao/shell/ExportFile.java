package cn.jixiao.shell;

import cn.jixiao.model.IoReason;
import org.springframework.shell.core.command.CommandContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writing a command's export file: the format (given, else the file's extension) and the write itself. */
public final class ExportFile {
    private ExportFile() {
    }

    /** {@code format} as given (trimmed, lower case), else the extension of {@code file} ("" when it has none). */
    public static String format(String format, Path file) {
        if (format != null) {
            return format.strip().toLowerCase(Locale.ROOT);
        }
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code file} may be written: a new file always; an existing one only with {@code --force} or, in the
     * console, after yes (a no prints that nothing was exported and returns false). A one-shot command without
     * {@code --force} is refused ({@code io.exists}, exit 2) and the file is left as it was.
     */
    public static boolean mayWrite(Path file, Boolean force, Console console, Messages m, CommandContext ctx) {
        if (!Files.exists(file) || Boolean.TRUE.equals(force)) {
            return true;
        }
        if (!console.interactive()) {
            throw new UsageException("io.exists", file);
        }
        if (console.confirm(ctx, m.get("io.overwrite-ask", file))) {
            return true;
        }
        ctx.outputWriter().println(m.get("io.not-exported", file));
        return false;
    }

    /** Writes {@code bytes} to {@code file}, making its folder; a failure is {@code failureKey} with why. */
    public static void write(Path file, byte[] bytes, String failureKey) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UsageException(failureKey, file, IoReason.of(e));
        }
    }
}
