package cn.jixiao.io.form;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.DeclarationJsonCheck;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.json.Json;
import cn.jixiao.json.YamlCodec;
import cn.jixiao.model.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reading forms from files and writing declarations to files, by format. Plain Java: the shell's import and
 * export commands and the benchmark use it. Forms are handed to a consumer one at a time, so a large file is
 * never held as declarations all at once. POI is only touched for xlsx.
 */
public final class FormFiles {
    private FormFiles() {
    }

    /** Reads every form in {@code file}; unreadable forms are passed on as failed. Throws for an unreadable file. */
    public static void read(Path file, FormFormat format, Consumer<ImportedForm> sink) {
        read(file, file.toString(), format, sink);
    }

    /** {@link #read(Path, FormFormat, Consumer)}, naming the input {@code name} in messages (standard input). */
    public static void read(Path file, String name, FormFormat format, Consumer<ImportedForm> sink) {
        if (!Files.isRegularFile(file)) {
            throw new DomainException("io.no-file", name);
        }
        try {
            if (RegionForms.claims(file, format)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    RegionForms.read(r, name, format, sink);
                }
                return;
            }
            switch (format) {
                case MD -> {
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        MarkdownFormReader.read(r, name, sink);
                    }
                }
                case TSV -> {
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        TsvFormReader.read(r, name, sink);
                    }
                }
                case JSON -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        readJson(in, name, sink);
                    }
                }
                case YAML -> {
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        JsonNode root = YamlCodec.MAPPER.readTree(r);
                        documents(root, name, sink);
                    } catch (JacksonException e) {
                        throw malformed(name, e);
                    }
                }
                case XLSX -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        cn.jixiao.io.form.XlsxFormReader.read(in, name, sink);
                    }
                }
                case CSV -> throw new DomainException("io.csv-not-importable", name);
                default -> throw new IllegalStateException(format.toString());
            }
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** Reads every form of {@code file} into a list (for validation and small files). */
    public static List<ImportedForm> readAll(Path file, FormFormat format) {
        List<ImportedForm> out = new ArrayList<>();
        read(file, format, out::add);
        return out;
    }

    private static DomainException unreadable(String name, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new DomainException("io.not-utf8", name);
        }
        if (e instanceof NoSuchFileException) {
            return new DomainException("io.no-file", name);
        }
        return new DomainException("io.unreadable", name, cn.jixiao.model.IoReason.of(e));
    }

    private static DomainException malformed(String name, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (what.startsWith("Trailing token")) {
            what = "trailing content";
        }
        // no library class names in messages
        what = what.replaceAll("\\s*\\(bound as [^)]*\\)", "").replaceAll("`[\\w.$]*\\.[A-Z][\\w$]*`", "");
        // nor the parser's own location dump: the position is given as file:line:column
        what = what.replaceAll("\\s*\\(start marker at \\[Source:.*$", "").replaceAll("\\s*(at )?\\[Source:.*$", "");
        if (at == null || at.getLineNr() < 0) {
            return new DomainException("io.malformed", name, what);
        }
        return new DomainException("io.malformed-at", name + ":" + at.getLineNr() + ":" + at.getColumnNr(), what);
    }

    /** A JSON object, or an array of them, read one declaration at a time. */
    private static void readJson(InputStream in, String name, Consumer<ImportedForm> sink) {
        try (JsonParser p = Json.MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                int index = 0;
                int forms = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) {
                        throw new DomainException("io.malformed", name, "unexpected end of input");
                    }
                    index++;
                    String where = name + ":" + p.currentLocation().getLineNr();
                    sink.accept(declaration(p, where + " (#" + index + ")", "$[" + (index - 1) + "]"));
                    forms++;
                }
                if (p.nextToken() != null) {
                    throw new DomainException("io.malformed-at", name + ":" + p.currentLocation().getLineNr(),
                            "trailing content");
                }
                if (forms == 0) {
                    throw new DomainException("io.no-forms", name);
                }
            } else if (first == JsonToken.START_OBJECT) {
                ImportedForm form = declaration(p, name, "$");
                if (p.nextToken() != null) {
                    throw new DomainException("io.malformed-at", name + ":" + p.currentLocation().getLineNr(),
                            "trailing content");
                }
                sink.accept(form);
            } else {
                throw new DomainException("io.malformed", name, "expected a declaration object or an array of them");
            }
        } catch (JacksonException e) {
            throw malformed(name, e);
        }
    }

    private static void documents(JsonNode root, String name, Consumer<ImportedForm> sink) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new DomainException("io.no-forms", name);
        }
        if (root.isArray()) {
            int index = 0;
            for (JsonNode n : root) {
                index++;
                sink.accept(declaration(n, name + " (#" + index + ")", "$[" + (index - 1) + "]"));
            }
            if (index == 0) {
                throw new DomainException("io.no-forms", name);
            }
        } else {
            sink.accept(declaration(root, name, "$"));
        }
    }

    /**
     * The declaration the parser is on, at {@code path} in the document; the parser is left at its end either way.
     * Its shape is checked first ({@link DeclarationJsonCheck}: types, amounts, control characters).
     */
    private static ImportedForm declaration(JsonParser p, String where, String path) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return ImportedForm.failed(where, new DomainException("json.not-object", where));
        }
        // the element alone: the array's next element is not trailing content
        JsonNode node = Json.MAPPER.reader()
                .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(p);
        return declaration(node, where, path);
    }

    /** A declaration of a JSON or YAML document, checked and read from its tree. */
    private static ImportedForm declaration(JsonNode node, String where, String path) {
        if (!node.isObject()) {
            return ImportedForm.failed(where, new DomainException("json.not-object", where));
        }
        try {
            DeclarationJsonCheck.check(node, where, path);
            return ImportedForm.ok(where, DeclarationJson.fromJson(node, where).stored(0, 0), List.of());
        } catch (DomainException e) {
            return ImportedForm.failed(where, e);
        } catch (JacksonException e) {
            throw e;
        } catch (RuntimeException e) {
            return ImportedForm.failed(where, new DomainException("io.malformed", where, String.valueOf(e.getMessage())));
        }
    }

    // ---- writing ---------------------------------------------------------------------------------

    /**
     * Writes {@code declarations} to {@code out} in {@code format}; {@code many} says whether the file holds several
     * (a JSON/YAML array, CSV with the project columns) even when there is one.
     */
    public static void write(Iterable<Declaration> declarations, boolean many, FormFormat format, Path out) {
        try (OutputStream os = Files.newOutputStream(out)) {
            write(declarations, many, format, os);
        } catch (IOException e) {
            throw new DomainException("io.cannot-write", out.toString(), cn.jixiao.model.IoReason.of(e));
        }
    }

    public static void write(Iterable<Declaration> declarations, boolean many, FormFormat format, OutputStream os)
            throws IOException {
        if (format == FormFormat.XLSX) {
            try (cn.jixiao.io.form.XlsxFormWriter w = new cn.jixiao.io.form.XlsxFormWriter()) {
                declarations.forEach(w::add);
                w.write(os);
            }
            return;
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
        switch (format) {
            case JSON -> {
                if (!many) {
                    for (Declaration d : declarations) {
                        w.write(DeclarationJson.pretty(d.stored(0, 0)));
                        w.write("\n");
                    }
                } else {
                    w.write("[");
                    boolean first = true;
                    for (Declaration d : declarations) {
                        w.write(first ? "\n" : ",\n");
                        w.write(DeclarationJson.pretty(d.stored(0, 0)));
                        first = false;
                    }
                    w.write("\n]\n");
                }
            }
            case YAML -> {
                if (many) {
                    tools.jackson.databind.node.ArrayNode all = Json.MAPPER.createArrayNode();
                    declarations.forEach(d -> all.add(exported(d)));
                    w.write(YamlCodec.write(all));
                } else {
                    for (Declaration d : declarations) {
                        w.write(YamlCodec.write(exported(d)));
                    }
                }
            }
            case MD -> {
                boolean first = true;
                for (Declaration d : declarations) {
                    if (!first) {
                        w.write("\n");
                    }
                    MarkdownFormWriter.write(d, w);
                    first = false;
                }
            }
            case CSV -> {
                w.write(CsvWriter.BOM);
                CsvWriter csv = new CsvWriter(w, many);
                csv.header();
                declarations.forEach(csv::write);
            }
            default -> throw new DomainException("io.not-exportable", format.id());
        }
        w.flush();
    }

    /** A declaration as exported: the form's content, without the store's id and revision. */
    static tools.jackson.databind.node.ObjectNode exported(Declaration d) {
        return DeclarationJson.toJson(d.stored(0, 0));
    }
}
