package cn.jixiao.io;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.io.form.FormFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** TAB completion for import, export and validate --file: file names, formats, declaration ids. */
@Configuration(proxyBeanMethods = false)
public class IoCompletions {
    private final DeclarationRepository declarations;

    public IoCompletions(DeclarationRepository declarations) {
        this.declarations = declarations;
    }

    /** import FILE, script FILE, export --out FILE, validate --file FILE; --format; --id. */
    @Bean
    public CompletionProvider fileCompletion() {
        return ctx -> {
            try {
                CommandOption option = ctx.getCommandOption();
                String word = Optional.ofNullable(ctx.currentWordUpToCursor()).orElse("");
                if (option == null) {
                    return word.startsWith("-") ? List.of() : files(word);
                }
                return switch (option.longName()) {
                    case "format" -> Stream.concat(Stream.of("auto"), Arrays.stream(FormFormat.values()).map(FormFormat::id))
                            .map(CompletionProposal::new).toList();
                    case "id" -> declarations.list(Optional.empty()).stream()
                            .map(s -> new CompletionProposal(String.valueOf(s.id())).description(s.name() + " " + s.year()))
                            .toList();
                    case "out", "file" -> files(word);
                    default -> List.of();
                };
            } catch (RuntimeException e) {
                return List.of(); // completion must never break the line being typed
            }
        };
    }

    /** Entries of the directory named by what is typed; directories end in "/" and do not end the word. */
    static List<CompletionProposal> files(String typed) {
        int slash = typed.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String prefix = slash < 0 ? typed : typed.substring(slash + 1);
        Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart.startsWith("~/")
                ? System.getProperty("user.home") + dirPart.substring(1) : dirPart);
        List<CompletionProposal> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> !p.getFileName().toString().startsWith(".") || prefix.startsWith("."))
                    .sorted()
                    .limit(200)
                    .forEach(p -> {
                        boolean isDir = Files.isDirectory(p);
                        String value = dirPart + p.getFileName() + (isDir ? "/" : "");
                        out.add(new CompletionProposal(value).displayText(p.getFileName() + (isDir ? "/" : ""))
                                .complete(!isDir));
                    });
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }
}
