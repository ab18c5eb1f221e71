package cn.jixiao.io;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.io.form.Diagnostic;
import cn.jixiao.io.form.ImportedForm;
import cn.jixiao.store.DeclarationRepository;
import cn.jixiao.store.DeclarationSummary;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Imports every form of a file. The whole file is one transaction: a form that cannot be read undoes the import
 * (nothing stored) unless {@code keepGoing}, which stores the good forms and returns the bad ones. Forms are stored
 * in chunks with batched inserts while the file is still being read, so memory stays flat for large files.
 */
@Service
public class ImportService {
    /** Forms stored per JDBC batch. */
    static final int CHUNK = 500;

    private final DeclarationRepository repository;

    public ImportService(DeclarationRepository repository) {
        this.repository = repository;
    }

    public record Options(boolean dryRun, boolean update, boolean keepGoing) {
    }

    /** One form stored (or, for a dry run, read: id 0). */
    public record Stored(long id, String name, int year, Optional<BigDecimal> totalFunds, int indicators, int revision,
                         boolean updated, String location, List<Diagnostic> diagnostics) {
        static Stored of(Declaration d, boolean updated, ImportedForm f) {
            return new Stored(d.id(), d.name(), d.header().year(), d.funding().total(), d.tree().indicatorCount(),
                    d.revision(), updated, f.location(), f.diagnostics());
        }
    }

    public record Outcome(List<Stored> stored, List<ImportedForm> failed, boolean dryRun) {
    }

    /**
     * Reads and stores the forms of {@code file}; {@code progress} hears the number of forms read so far after
     * every chunk.
     */
    public Outcome importFile(Path file, FormFormat format, Options options, IntConsumer progress) {
        List<Stored> stored = new ArrayList<>();
        List<ImportedForm> failed = new ArrayList<>();
        List<ImportedForm> chunk = new ArrayList<>(CHUNK);
        String summary = "导入 " + file.getFileName();
        Runnable work = () -> {
            FormFiles.read(file, format, form -> {
                if (!form.isOk()) {
                    if (!options.keepGoing()) {
                        throw form.error().orElseThrow();
                    }
                    failed.add(form);
                    return;
                }
                chunk.add(form);
                if (chunk.size() >= CHUNK) {
                    stored.addAll(store(chunk, options, summary));
                    chunk.clear();
                    progress.accept(stored.size() + failed.size());
                }
            });
            stored.addAll(store(chunk, options, summary));
            chunk.clear();
        };
        if (options.dryRun()) {
            work.run();
        } else {
            repository.inTransaction(() -> {
                work.run();
                return null;
            });
        }
        return new Outcome(stored, failed, options.dryRun());
    }

    private List<Stored> store(List<ImportedForm> forms, Options options, String summary) {
        if (options.dryRun()) {
            return forms.stream().map(f -> Stored.of(f.declaration(), false, f)).toList();
        }
        Stored[] out = new Stored[forms.size()];
        List<Declaration> creates = new ArrayList<>();
        List<Integer> createIndex = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Declaration d = forms.get(i).declaration();
            Optional<DeclarationSummary> same = options.update()
                    ? repository.findSame(d.name(), d.header().year(), d.header().department()) : Optional.empty();
            if (same.isPresent()) {
                Declaration saved = repository.save(d.stored(same.get().id(), same.get().revision()), summary);
                out[i] = Stored.of(saved, true, forms.get(i));
            } else {
                creates.add(d);
                createIndex.add(i);
            }
        }
        List<Declaration> created = repository.createAll(creates, summary);
        for (int k = 0; k < created.size(); k++) {
            out[createIndex.get(k)] = Stored.of(created.get(k), false, forms.get(createIndex.get(k)));
        }
        return List.of(out);
    }
}
