package cn.jixiao.io;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.declaration.DeclarationSummary;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.EvaluationRepository;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.io.form.Diagnostic;
import cn.jixiao.io.form.FormFiles;
import cn.jixiao.io.form.FormFormat;
import cn.jixiao.io.form.ImportedForm;
import cn.jixiao.io.form.SourceCell;
import cn.jixiao.model.DomainException;
import cn.jixiao.monitoring.MonitoringRepository;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Severity;
import cn.jixiao.validation.model.Validator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntConsumer;

/**
 * Imports every form of a file. The whole file is one transaction: a form that cannot be read undoes the import
 * (nothing stored) unless {@code keepGoing}, which stores the good forms and returns the bad ones.
 *
 * <p>Two threads share the work: a reader thread reads each form, while the calling thread (which holds the
 * transaction) stores them in chunks with batched inserts. Validating a form and writing its JSON body falls to
 * whichever of the two has time to spare: the reader does it while forms wait to be stored, and hands forms over as
 * read when the storing thread has none. A bounded queue between them keeps memory flat for large files.
 */
@Service
public class ImportService {
    /**
     * Forms stored per JDBC batch into H2, in this process. Kept small: every form waiting in a chunk or in the queue
     * survives the young collections of its wait and is copied by each; with 300 in flight (chunks of 100) rather
     * than 1,500 (chunks of 500) the collector took about 40% less CPU in an import of 10,000 forms, on a machine
     * whose two cores an import keeps busy.
     */
    static final int CHUNK = 100;
    /**
     * Forms stored per JDBC batch on a database server (PostgreSQL), where each batch is a round trip and the server
     * works in a process of its own: chunks of 100 made an import of 3,000 forms a third slower than chunks of 500.
     */
    static final int SERVER_CHUNK = 500;
    /** {@code progress} hears of the forms handled every this many forms (or a few more). */
    static final int PROGRESS_EVERY = 500;
    /**
     * Forms handed from the reader thread to the storing one at a time: one at a time, the hand-over (a lock, and
     * waking the other thread) cost a third as much as reading a form.
     */
    static final int HANDOFF = 50;

    private final DeclarationRepository repository;
    /** Where a self-evaluation table's evaluation goes; empty where evaluations are not stored (benchmarks). */
    private final Optional<EvaluationRepository> evaluations;
    /** Where a monitoring table's record goes; empty where monitoring records are not stored (benchmarks). */
    private final Optional<MonitoringRepository> monitorings;

    public ImportService(DeclarationRepository repository) {
        this.repository = repository;
        this.evaluations = Optional.empty();
        this.monitorings = Optional.empty();
    }

    @Autowired
    public ImportService(DeclarationRepository repository, EvaluationRepository evaluations,
                         MonitoringRepository monitorings) {
        this.repository = repository;
        this.evaluations = Optional.of(evaluations);
        this.monitorings = Optional.of(monitorings);
    }

    public record Options(boolean dryRun, boolean update, boolean keepGoing) {
    }

    /**
     * One form stored (or, for a dry run, read: id 0), with the number of error and warning findings validation
     * gave it.
     */
    public record Stored(long id, String name, int year, Optional<BigDecimal> totalFunds, int indicators, int revision,
                         boolean updated, String location, List<Diagnostic> diagnostics, int errors, int warnings,
                         int placed, List<SourceCell> reported, boolean counted, boolean unchanged) {
        static Stored of(Declaration d, boolean updated, Prepared p) {
            return of(d, updated, p, false);
        }

        /** {@code unchanged}: {@code --update} matched a declaration whose newest revision has this very content. */
        static Stored of(Declaration d, boolean updated, Prepared p, boolean unchanged) {
            ImportedForm f = p.form();
            return new Stored(d.id(), d.name(), d.header().year(), d.funding().total(), d.tree().indicatorCount(),
                    d.revision(), updated, f.location(), f.diagnostics(), p.errors(), p.warnings(), f.placed(),
                    f.reported(), f.counted(), unchanged);
        }
    }

    /**
     * Thrown when a form of the file cannot be read and the import is not {@code keepGoing}: nothing is stored (the
     * transaction is undone). It is that form's error (same key and arguments); {@link #form} is the form.
     */
    public static final class Refused extends DomainException {
        private final transient ImportedForm form;

        Refused(ImportedForm form) {
            super(form.error().orElseThrow().key(), form.error().orElseThrow().args());
            this.form = form;
        }

        public ImportedForm form() {
            return form;
        }
    }

    public record Outcome(List<Stored> stored, List<ImportedForm> failed, boolean dryRun) {
    }

    /**
     * A form validated and written as JSON (or one that failed), by the reader thread or by the storing one (for the
     * forms the reader handed over as read).
     */
    private record Prepared(ImportedForm form, int errors, int warnings, String body) {
        static Prepared of(ImportedForm form, Validator validator, boolean bodyNeeded) {
            if (!form.isOk()) {
                return new Prepared(form, 0, 0, "");
            }
            int errors = 0;
            int warnings = 0;
            for (Finding f : validator.validate(form.declaration())) {
                if (f.severity() == Severity.ERROR) {
                    errors++;
                } else if (f.severity() == Severity.WARNING) {
                    warnings++;
                }
            }
            return new Prepared(form, errors, warnings, bodyNeeded ? DeclarationRepository.body(form.declaration()) : "");
        }
    }

    /** The reader thread's last word: the file is read ({@code failure} empty), or reading it failed. */
    private record End(Optional<RuntimeException> failure) {
    }

    /** Thrown inside the reader thread to stop reading when the storing side has given up. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads, validates and stores the forms of {@code file}; {@code progress} hears the number of forms handled so
     * far every {@value #PROGRESS_EVERY} or so.
     */
    public Outcome importFile(Path file, FormFormat format, Options options, Validator validator, IntConsumer progress) {
        return importFile(file, file.getFileName().toString(), format, options, validator, progress);
    }

    /** {@link #importFile(Path, FormFormat, Options, Validator, IntConsumer)}, naming the input {@code name}. */
    public Outcome importFile(Path file, String name, FormFormat format, Options options, Validator validator,
                              IntConsumer progress) {
        String summary = "导入 " + name.substring(name.lastIndexOf('/') + 1); // the file's name, as history shows it
        boolean bodies = !options.dryRun() && !options.update();
        int chunk = !options.dryRun() && repository.onServer() ? SERVER_CHUNK : CHUNK;
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(2 * chunk / HANDOFF);
        Reader reader = new Reader(file, name, format, validator, bodies, queue);
        Thread thread = new Thread(reader, "jixiao-import-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            if (options.dryRun()) {
                return drain(queue, chunk, options, summary, progress, validator, bodies);
            }
            return repository.inTransaction(() -> drain(queue, chunk, options, summary, progress, validator, bodies));
        } finally {
            reader.stop(thread, queue);
        }
    }

    /**
     * The reader thread: every form of the file onto the queue, {@link Prepared} or as read (see {@link #share}); then
     * an {@link End}.
     */
    private static final class Reader implements Runnable {
        private final Path file;
        private final String name;
        private final FormFormat format;
        private final Validator validator;
        private final boolean bodies;
        private final BlockingQueue<List<Object>> queue;
        private volatile boolean stopped;
        /** The forms read since the last hand-over. */
        private List<Object> batch = new ArrayList<>(HANDOFF);

        Reader(Path file, String name, FormFormat format, Validator validator, boolean bodies,
               BlockingQueue<List<Object>> queue) {
            this.file = file;
            this.name = name;
            this.format = format;
            this.validator = validator;
            this.bodies = bodies;
            this.queue = queue;
        }

        @Override
        public void run() {
            Optional<RuntimeException> failure = Optional.empty();
            try {
                FormFiles.read(file, name, format, form -> put(share(ImportChecks.check(form))));
            } catch (Stop stop) {
                return;
            } catch (RuntimeException e) {
                failure = Optional.of(e);
            } catch (Error e) {
                failure = Optional.of(new IllegalStateException(e.toString(), e));
            }
            try {
                batch.add(new End(failure));
                handOver();
            } catch (Stop stop) {
                // nobody is listening any more
            }
        }

        /**
         * The form validated and written here when the storing thread has forms waiting (it is the slower one), or
         * as read when it has none (it would wait for this thread): the two share the work whatever each costs.
         */
        private Object share(ImportedForm form) {
            return queue.isEmpty() ? form : Prepared.of(form, validator, bodies);
        }

        private void put(Object item) {
            batch.add(item);
            if (batch.size() >= HANDOFF) {
                handOver();
            }
        }

        private void handOver() {
            try {
                while (!stopped) {
                    if (queue.offer(batch, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        batch = new ArrayList<>(HANDOFF);
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new Stop();
        }

        /** Stops reading (when the storing side ends early) and waits for the thread to close the file. */
        void stop(Thread thread, BlockingQueue<List<Object>> queue) {
            stopped = true;
            queue.clear();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Takes the forms off the queue (preparing those the reader handed over as read) and stores them {@code size} at
     * a time, until the reader's {@link End}.
     */
    private Outcome drain(BlockingQueue<List<Object>> queue, int size, Options options, String summary,
                          IntConsumer progress, Validator validator, boolean bodies) {
        List<Stored> stored = new ArrayList<>();
        List<ImportedForm> failed = new ArrayList<>();
        List<Prepared> chunk = new ArrayList<>(size);
        int heard = 0; // the forms handled when progress last heard
        Map<String, String> seen = new HashMap<>(); // each project's name, year and department: where it was read
        while (true) {
            for (Object item : take(queue)) {
                if (item instanceof End end) {
                    if (end.failure().isPresent()) {
                        throw end.failure().get();
                    }
                    stored.addAll(store(chunk, options, summary));
                    return new Outcome(stored, failed, options.dryRun());
                }
                Prepared p = item instanceof ImportedForm form ? Prepared.of(form, validator, bodies) : (Prepared) item;
                if (p.form().isOk()) {
                    String first = seen.putIfAbsent(key(p.form().declaration()), p.form().location());
                    if (first != null && !options.update()) {
                        p = twice(p, first);
                    } else if (first != null) {
                        // a new revision of the form before it: stored as one once that form is
                        stored.addAll(store(chunk, options, summary));
                        chunk.clear();
                    }
                }
                if (!p.form().isOk()) {
                    if (!options.keepGoing()) {
                        throw new Refused(p.form());
                    }
                    failed.add(p.form());
                    continue;
                }
                chunk.add(p);
                if (chunk.size() >= size) {
                    stored.addAll(store(chunk, options, summary));
                    chunk.clear();
                    int handled = stored.size() + failed.size();
                    if (handled >= heard + PROGRESS_EVERY) {
                        progress.accept(handled);
                        heard = handled;
                    }
                }
            }
        }
    }

    /** What tells two declarations apart in an import: name, year and department. */
    private static String key(Declaration d) {
        return d.name() + '\u0000' + d.header().year() + '\u0000' + d.header().department();
    }

    /**
     * A project the file holds a second time (name, year and department of a form before it): not read, like an
     * unreadable form (the import is refused, or with {@code keepGoing} goes on without it), unless {@code --update},
     * which stores it as a new revision of the first. Stored both times, it would be a duplicate nobody asked for.
     */
    private static Prepared twice(Prepared p, String first) {
        Declaration d = p.form().declaration();
        return new Prepared(ImportedForm.failed(p.form().location(), new DomainException("import.twice", d.name(),
                d.header().year(), d.header().department(), first, p.form().location())), 0, 0, "");
    }

    private static List<Object> take(BlockingQueue<List<Object>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /**
     * The stored declaration a form is a new revision of: with {@code --update} the one with its name, year and
     * department (refused when two have them); without, a form that has such a declaration is refused (importing
     * the same file twice would silently duplicate it). {@code byName}: the stored declarations bearing the names
     * of the chunk's forms, read in one query.
     */
    private static Optional<DeclarationSummary> same(Declaration d, Options options, List<DeclarationSummary> byName) {
        List<DeclarationSummary> same = byName.stream().filter(s -> s.name().equals(d.name())
                && s.year() == d.header().year() && s.department().equals(d.header().department())).toList();
        if (same.isEmpty()) {
            return Optional.empty();
        }
        String named = cn.jixiao.declaration.Workspace.named(same);
        if (!options.update()) {
            throw new DomainException("import.exists", d.name(), d.header().year(), named);
        }
        if (same.size() > 1) {
            throw new DomainException("import.update-ambiguous", d.name(), d.header().year(), named);
        }
        return Optional.of(same.get(0));
    }

    private List<Stored> store(List<Prepared> forms, Options options, String summary) {
        if (options.dryRun()) {
            return forms.stream().map(p -> Stored.of(p.form().declaration(), false, p)).toList();
        }
        Stored[] out = new Stored[forms.size()];
        List<Declaration> creates = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Integer> createIndex = new ArrayList<>();
        List<DeclarationSummary> named = repository.findByNames(
                forms.stream().map(p -> p.form().declaration().name()).collect(java.util.stream.Collectors.toSet()));
        for (int i = 0; i < forms.size(); i++) {
            Declaration d = forms.get(i).form().declaration();
            Optional<DeclarationSummary> same = same(d, options, named);
            if (same.isPresent()) {
                Declaration current = repository.load(same.get().id());
                if (DeclarationRepository.body(d).equals(DeclarationRepository.body(current))) {
                    out[i] = Stored.of(current, true, forms.get(i), true); // identical content: no new revision
                } else {
                    Declaration saved = repository.save(d.stored(current.id(), current.revision()), summary);
                    out[i] = Stored.of(saved, true, forms.get(i));
                }
                saveEvaluation(forms.get(i).form(), current.id());
                saveMonitoring(forms.get(i).form(), current.id(), summary);
            } else {
                creates.add(d);
                bodies.add(forms.get(i).body().isEmpty() ? DeclarationRepository.body(d) : forms.get(i).body());
                createIndex.add(i);
            }
        }
        List<Declaration> created = repository.createAll(creates, bodies, summary);
        for (int k = 0; k < created.size(); k++) {
            out[createIndex.get(k)] = Stored.of(created.get(k), false, forms.get(createIndex.get(k)));
            saveEvaluation(forms.get(createIndex.get(k)).form(), created.get(k).id());
            saveMonitoring(forms.get(createIndex.get(k)).form(), created.get(k).id(), summary);
        }
        return List.of(out);
    }

    /** Stores the evaluation a self-evaluation table brought, for the declaration stored as {@code id}. */
    private void saveEvaluation(ImportedForm form, long id) {
        if (form.evaluation().isEmpty() || evaluations.isEmpty()) {
            return;
        }
        Evaluation e = form.evaluation().get();
        evaluations.get().save(new Evaluation(id, e.year(), e.executed(), e.statedGrade(), e.shares(), e.entries()));
    }

    /**
     * Stores the monitoring record a monitoring table brought, as the next monitoring revision of the declaration
     * stored as {@code id} (none when {@code --update} brings the record it has).
     */
    private void saveMonitoring(ImportedForm form, long id, String summary) {
        if (form.monitoring().isEmpty() || monitorings.isEmpty()) {
            return;
        }
        Monitoring m = form.monitoring().get();
        Monitoring record = new Monitoring(id, 0, m.asOf(), m.executed(), m.executedTotal(), m.entries());
        Optional<Monitoring> stored = monitorings.get().find(id);
        if (stored.isPresent() && stored.get().withRevision(0).equals(record)) {
            return;
        }
        monitorings.get().save(record, summary);
    }
}
