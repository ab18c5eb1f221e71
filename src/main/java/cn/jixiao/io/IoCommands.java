package cn.jixiao.io;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.io.form.FormFiles;
import cn.jixiao.io.form.FormFormat;
import cn.jixiao.model.DomainException;
import cn.jixiao.shell.CommandFailedException;
import cn.jixiao.shell.Console;
import cn.jixiao.shell.ExitCodes;
import cn.jixiao.shell.ExportFile;
import cn.jixiao.shell.Messages;
import cn.jixiao.shell.UsageException;
import cn.jixiao.validation.ValidationService;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** import and export: the official forms in and out (README, "Formats"). */
@Component
public class IoCommands {
    private static final String GROUP = "导入导出 Import/Export";

    private final ImportService imports;
    private final DeclarationRepository declarations;
    private final Workspace workspace;
    private final Console console;
    private final IoView view;
    private final Messages m;
    private final ValidationService validation;

    public IoCommands(ImportService imports, DeclarationRepository declarations, Workspace workspace, Console console,
                      IoView view, Messages messages, ValidationService validation) {
        this.imports = imports;
        this.validation = validation;
        this.declarations = declarations;
        this.workspace = workspace;
        this.console = console;
        this.view = view;
        this.m = messages;
    }

    @Command(name = "import", group = GROUP, completionProvider = "fileCompletion")
    public void importFile(@Argument(index = 0) String file,
                           @Option(longName = "format") String format,
                           @Option(longName = "dry-run") Boolean dryRun,
                           @Option(longName = "update") Boolean update,
                           @Option(longName = "keep-going") Boolean keepGoing,
                           @Option(longName = "json") Boolean json, CommandContext ctx) {
        boolean stdin = "-".equals(UsageException.require(file, "文件"));
        Path path = stdin ? standardInput() : Path.of(file);
        try {
            importFrom(path, stdin ? m.get("script.stdin") : file, format, dryRun, update, keepGoing, json, ctx);
        } finally {
            if (stdin) {
                try {
                    Files.deleteIfExists(path);
                } catch (java.io.IOException e) {
                    // a private temporary file; the system's temporary directory is cleaned in time
                }
            }
        }
    }

    /**
     * {@code import -}: standard input (a table pasted from Excel or WPS, a file piped in), kept in a private
     * temporary file (mode 600) while it is read. In the console standard input is the keyboard: refused there.
     */
    private Path standardInput() {
        if (console.interactive()) {
            throw new UsageException("io.stdin-console");
        }
        try {
            Path tmp = Files.createTempFile("jixiao-stdin-", ".in");
            try (java.io.InputStream in = System.in) {
                Files.write(tmp, in.readAllBytes());
            }
            return tmp;
        } catch (java.io.IOException e) {
            throw new DomainException("io.unreadable", m.get("script.stdin"), cn.jixiao.model.IoReason.of(e));
        }
    }

    private void importFrom(Path path, String name, String format, Boolean dryRun, Boolean update,
                            Boolean keepGoing, Boolean json, CommandContext ctx) {
        boolean progress = console.interactive() && !Boolean.TRUE.equals(json);
        FormFormat f = format(format, path, true);
        ImportService.Outcome o;
        try {
            o = imports.importFile(path, name, f, new ImportService.Options(
                            Boolean.TRUE.equals(dryRun), Boolean.TRUE.equals(update), Boolean.TRUE.equals(keepGoing)),
                    validation.validator(), n -> {
                        if (progress) {
                            ctx.outputWriter().println(m.get("io.progress", n));
                            ctx.outputWriter().flush();
                        }
                    });
        } catch (ImportService.Refused r) {
            DomainException e = r.form().error().orElseThrow();
            refused(ctx, json, dryRun, r.form().location(), e);
            throw e;
        } catch (DomainException e) {
            refused(ctx, json, dryRun, name, e);
            throw e;
        }
        ctx.outputWriter().println(Boolean.TRUE.equals(json) ? view.json(o) : String.join("\n", view.text(o, name)));
        ctx.outputWriter().flush();
        if (!o.failed().isEmpty()) {
            throw new CommandFailedException(ExitCodes.FINDINGS, m.get("io.some-failed", o.failed().size(), name));
        }
    }

    @Command(name = "export", group = GROUP, completionProvider = "fileCompletion")
    public void export(@Option(longName = "id") Long id,
                       @Option(longName = "all") Boolean all,
                       @Option(longName = "format") String format,
                       @Option(longName = "out", required = true) String out,
                       @Option(longName = "force") Boolean force, CommandContext ctx) {
        if (Boolean.TRUE.equals(all) && id != null) {
            throw new UsageException("validate.id-and-all");
        }
        Path path = Path.of(out);
        FormFormat f = format(format, path, false);
        if (!ExportFile.mayWrite(path, force, console, m, ctx)) {
            return;
        }
        int[] count = {0};
        if (Boolean.TRUE.equals(all)) {
            try (Stream<Declaration> stored = declarations.streamLatest().peek(d -> count[0]++)) {
                FormFiles.write(stored::iterator, true, f, path); // each written as it is read
            }
        } else {
            FormFiles.write(List.of(workspace.current(Optional.ofNullable(id))), false, f, path);
            count[0] = 1;
        }
        ctx.outputWriter().println(m.get("io.exported", count[0], path, f.id()));
    }

    /** With --json, the document of an import that stored nothing (the error itself goes to stderr as usual). */
    private void refused(CommandContext ctx, Boolean json, Boolean dryRun, String location, DomainException e) {
        if (Boolean.TRUE.equals(json)) {
            ctx.outputWriter().println(view.refusedJson(Boolean.TRUE.equals(dryRun), location, e));
            ctx.outputWriter().flush();
        }
    }

    private static FormFormat format(String format, Path path, boolean reading) {
        if (format == null || format.isBlank() || format.strip().equals("auto")) {
            return reading ? FormFormat.detect(path) : FormFormat.byExtension(path)
                    .orElseThrow(() -> new UsageException("io.format-needed", path));
        }
        return FormFormat.find(format).orElseThrow(() -> new UsageException("io.format-unknown", format));
    }
}
