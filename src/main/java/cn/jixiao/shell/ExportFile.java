package cn.jixiao.shell;

import cn.jixiao.model.IoReason;

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
