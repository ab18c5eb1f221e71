package cn.jixiao.shell;

import cn.jixiao.model.IoReason;
import org.springframework.shell.core.command.CommandContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** A record's three renderings (the 自评表, the 监控表), made only for the format asked for. */
    public record Renderings(Supplier<String> markdown, Supplier<String> json, Supplier<byte[]> xlsx) {
    }

    /**
     * The export of a declaration's record as {@code <prefix> export}: the format (md, json or xlsx; else
     * {@code <prefix>.export.format}, exit 2) from {@code --format} or the extension, the record loaded, the overwrite
     * check ({@link #mayWrite}), then the file written ({@code <prefix>.export.write} on failure). Returns the loaded
     * record for the confirmation, or empty when the officer said no to overwriting.
     */
    public static <T> Optional<T> record(String prefix, String format, String out, Boolean force, Supplier<T> load,
                                         Function<T, Renderings> render, Console console, Messages m,
                                         CommandContext ctx) {
        Path file = Path.of(UsageException.require(out, "--out"));
        String f = format(format, file);
        if (!List.of("md", "markdown", "json", "xlsx").contains(f)) {
            throw new UsageException(prefix + ".export.format", f);
        }
        T loaded = load.get();
        if (!mayWrite(file, force, console, m, ctx)) {
            return Optional.empty();
        }
        Renderings r = render.apply(loaded);
        byte[] bytes = switch (f) {
            case "json" -> (r.json().get() + "\n").getBytes(StandardCharsets.UTF_8);
            case "xlsx" -> r.xlsx().get();
            default -> r.markdown().get().getBytes(StandardCharsets.UTF_8);
        };
        write(file, bytes, prefix + ".export.write");
        return Optional.of(loaded);
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
