package cn.jixiao.io.form;

import cn.jixiao.model.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats jixiao reads and writes. */
public enum FormFormat {
    MD("md"), TSV("tsv"), JSON("json"), YAML("yaml"), XLSX("xlsx"), CSV("csv");

    private final String id;

    FormFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FormFormat> find(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("yml")) {
            return Optional.of(YAML);
        }
        if (t.equals("markdown")) {
            return Optional.of(MD);
        }
        if (t.equals("txt") || t.equals("text")) {
            return Optional.of(TSV);
        }
        return Arrays.stream(values()).filter(f -> f.id.equals(t)).findFirst();
    }

    /** The format named by a file's extension ({@code .md}, {@code .xlsx} …), if any. */
    public static Optional<FormFormat> byExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : find(name.substring(dot + 1));
    }

    /** The format of a file to import: by its extension, else by its first bytes. */
    public static FormFormat detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        switch (ext) {
            case "md", "markdown" -> {
                return MD;
            }
            case "tsv", "tab" -> {
                return TSV;
            }
            case "json" -> {
                return JSON;
            }
            case "yaml", "yml" -> {
                return YAML;
            }
            case "xlsx", "xlsm" -> {
                return XLSX;
            }
            default -> {
                return sniff(file);
            }
        }
    }

    private static FormFormat sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        } catch (IOException e) {
            throw new DomainException("io.unreadable", file.toString(), cn.jixiao.model.IoReason.of(e));
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return XLSX;
        }
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            return JSON;
        }
        if (text.startsWith("schema:") || text.contains("\nschema: ") || text.startsWith("- schema:")) {
            return YAML;
        }
        if (text.lines().anyMatch(l -> l.strip().startsWith("|"))) {
            return MD;
        }
        if (text.indexOf('\t') >= 0) {
            return TSV;
        }
        throw new DomainException("io.unknown-format", file.toString());
    }
}
