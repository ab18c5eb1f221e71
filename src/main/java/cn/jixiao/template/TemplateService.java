package cn.jixiao.template;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.TemplateRef;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.model.DomainException;
import cn.jixiao.store.SettingRepository;
import cn.jixiao.template.model.Harvest;
import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateApply;
import cn.jixiao.template.model.TemplateDiff;
import cn.jixiao.template.model.TemplateIndicator;
import cn.jixiao.template.model.TemplateProblem;
import cn.jixiao.template.model.TemplateProblemsException;
import cn.jixiao.validation.model.RuleContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The template catalogue in the database, fed from the shipped {@code templates/} files (on the class path, and a
 * maintainer's working copy given by {@code jixiao.templates}). Nothing is read or opened at start-up: the first
 * use of the catalogue compares the hash of the shipped files with the one recorded at the last sync and only
 * syncs when they differ.
 * <p>
 * On a shared database (PostgreSQL) the catalogue in the database wins: the shipped files and a working copy only
 * add templates it lacks; a changed file becomes a new version only when a maintainer publishes it
 * ({@code template sync}, {@code template import}, {@code template save}, {@code template harvest --save-as}).
 */
@Service
public class TemplateService {
    static final String HASH_SETTING = "templates.shipped-hash";
    /** Files under templates/forms/ describe form layouts (the form vocabulary), not templates. */
    static final String FORMS = "templates/forms/";

    private final TemplateRepository repository;
    private final SettingRepository settings;
    private final DeclarationRepository declarations;
    private final String directory;
    private final String repo;
    private volatile boolean synced;
    private volatile TemplateCatalog catalog;

    public TemplateService(TemplateRepository repository, SettingRepository settings,
                           DeclarationRepository declarations,
                           @Value("${jixiao.templates:}") String directory,
                           @Value("${jixiao.repo:}") String repo) {
        this.repository = repository;
        this.settings = settings;
        this.declarations = declarations;
        this.directory = directory;
        this.repo = repo;
    }

    // ---- the shipped files and sync -----------------------------------------------------------------

    /** What a sync did: the versions now newest (created or not) and the files refused with their problems. */
    public record SyncReport(List<Stored> stored, List<TemplateProblem> problems, boolean skipped) {
    }

    /** A template version as stored; {@code created} false when the content was already the newest version. */
    public record Stored(String id, int version, boolean created, int indicators) {
    }

    /** Files under {@code templates/forms/} are the form readers' vocabulary, not templates. */

    /** The shipped template files: class path {@code templates/}, overridden file by file by the directory. */
    public List<TemplateSource> shippedSources() {
        Map<String, TemplateSource> byName = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources("classpath*:templates/**/*.y*ml")) {
                String url = r.getURL().toString();
                int at = url.lastIndexOf("templates/");
                String name = url.substring(at);
                if (name.startsWith(FORMS)) {
                    continue; // the form vocabulary (io.form.FormVocabulary), not a template
                }
                try (var in = r.getInputStream()) {
                    byName.put(name, new TemplateSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            Optional<Path> dir = templatesDirectory();
            if (dir.isPresent()) {
                try (Stream<Path> files = Files.walk(dir.get())) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .toList()) {
                        String name = "templates/" + dir.get().relativize(f).toString().replace('\\', '/');
                        if (name.startsWith(FORMS)) {
                            continue;
                        }
                        byName.put(name, new TemplateSource(name, Files.readString(f)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(byName.values());
    }

    private Optional<Path> templatesDirectory() {
        String d = !directory.isBlank() ? directory : repo.isBlank() ? "" : Path.of(repo, "templates").toString();
        return d.isBlank() ? Optional.empty() : Optional.of(Path.of(d)).filter(Files::isDirectory);
    }

    /** Syncs the shipped files into the catalogue; unless {@code force}, only when they changed since last time. */
    public synchronized SyncReport sync(boolean force) {
        List<TemplateSource> sources = shippedSources();
        StringBuilder all = new StringBuilder();
        sources.forEach(s -> all.append(s.name()).append('\0').append(s.text()).append('\0'));
        String hash = sha256(all.toString());
        synced = true;
        if (!force && settings.get(HASH_SETTING).filter(hash::equals).isPresent()) {
            return new SyncReport(List.of(), List.of(), true);
        }
        SyncReport report = repository.inTransaction(() -> {
            TemplateSet.Outcome read = TemplateSet.read(sources, storedCatalog().lookup());
            List<Stored> stored = new ArrayList<>();
            boolean seedOnly = !force && repository.shared();
            read.templates().forEach((id, t) -> {
                if (!seedOnly || repository.latest(id).isEmpty()) {
                    stored.add(store(t, read.sources().get(id)));
                }
            });
            settings.put(HASH_SETTING, hash);
            return new SyncReport(stored, read.problems(), false);
        });
        catalog = null;
        return report;
    }

    private Stored store(Template t, TemplateSource source) {
        TemplateRepository.Stored s = repository.store(t.id(), t.kind().id(), t.title(), t.indicators().size(),
                source.name(), sha256(source.text()), source.text());
        return new Stored(t.id(), s.version(), s.created(), t.indicators().size());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the catalogue --------------------------------------------------------------------------------

    /** The newest version of every template (syncing the shipped files first when they changed). */
    public TemplateCatalog catalog() {
        if (!synced) {
            sync(false);
        }
        TemplateCatalog c = catalog;
        if (c == null) {
            c = storedCatalog();
            catalog = c;
        }
        return c;
    }

    private TemplateCatalog storedCatalog() {
        List<TemplateSource> bodies = repository.latestAll().stream()
                .map(v -> new TemplateSource(v.id() + "@" + v.version(), v.body())).toList();
        return new TemplateCatalog(List.copyOf(TemplateSet.read(bodies, TemplateReader.Lookup.NONE).templates().values()));
    }

    /** What validation knows: the catalogue's frameworks and indicator placements, else the built-ins. */
    public RuleContext ruleContext() {
        try {
            TemplateCatalog c = catalog();
            return new RuleContext(c.frameworks(), c.knownIndicators());
        } catch (RuntimeException e) {
            return RuleContext.builtIn();
        }
    }

    public Template require(String id) {
        return catalog().find(id).orElseThrow(() -> new DomainException("template.unknown", id,
                String.join("、", catalog().all().stream().map(Template::id).toList())));
    }

    public TemplateVersion requireVersion(String id, Optional<Integer> version) {
        catalog();
        Optional<TemplateVersion> v = version.isPresent() ? repository.version(id, version.get()) : repository.latest(id);
        return v.orElseThrow(() -> version.isPresent()
                ? new DomainException("template.unknown-version", id, version.get(),
                        repository.versions(id).stream().map(String::valueOf).toList().toString())
                : new DomainException("template.unknown", id,
                        String.join("、", repository.ids())));
    }

    /** A stored version read as a template (includes resolved against the current catalogue). */
    public Template parse(TemplateVersion v) {
        TemplateReader.Read r = TemplateReader.read(v.id() + "@" + v.version(), v.body(), catalog().lookup());
        return r.template().orElseThrow(() -> new DomainException("template.stored-invalid", v.id(), v.version()));
    }

    public int newestVersion(String id) {
        return repository.latest(id).map(TemplateVersion::version).orElse(0);
    }

    public List<String> ids() {
        return catalog().all().stream().map(Template::id).sorted().toList();
    }

    /** One row of `template list`. */
    public record Listed(String id, String title, String kind, int version, int indicators, String source,
                         String author) {
    }

    public List<Listed> list() {
        TemplateCatalog c = catalog();
        Map<String, TemplateVersion> versions = new LinkedHashMap<>();
        repository.latestAll().forEach(v -> versions.put(v.id(), v));
        return c.all().stream().sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.id().compareTo(b.id()))
                .map(t -> new Listed(t.id(), t.title(), t.kind().id(),
                        Optional.ofNullable(versions.get(t.id())).map(TemplateVersion::version).orElse(0),
                        c.resolve(t.id()).size(),
                        Optional.ofNullable(versions.get(t.id())).map(TemplateVersion::source).orElse(""),
                        Optional.ofNullable(versions.get(t.id())).map(TemplateVersion::author).orElse("")))
                .toList();
    }

    // ---- curating -------------------------------------------------------------------------------------

    /** Reads a file against the catalogue; the template, or its problems (nothing is stored). */
    public TemplateReader.Read lint(String name, String text) {
        return TemplateReader.read(name, text, catalog().lookup());
    }

    /** Stores a checked template file as the next version of its id (or nothing when unchanged). */
    public Stored importText(String name, String text) {
        TemplateReader.Read r = lint(name, text);
        if (!r.ok()) {
            throw new TemplateProblemsException(r.problems());
        }
        Stored s = repository.inTransaction(() -> store(r.template().orElseThrow(), new TemplateSource(name, text)));
        catalog = null;
        return s;
    }

    /** Stores a template built in code (save, harvest) as YAML. */
    public Stored save(Template t, String source) {
        return importText(source, TemplateWriter.write(t));
    }

    public Stored saveFromDeclaration(long declarationId, String id, String title) {
        Declaration d = declarations.load(declarationId);
        return save(Harvest.fromDeclaration(d, id, title.isBlank() ? d.name() : title), "declaration #" + declarationId);
    }

    /** Harvest over the given declarations (all when empty). */
    public List<Harvest.Row> harvest(List<Long> ids, int minCount) {
        return Harvest.of(load(ids), minCount);
    }

    public Stored saveHarvest(List<Long> ids, int minCount, String id, String title) {
        List<Declaration> ds = load(ids);
        String framework = ds.stream().map(Declaration::frameworkId)
                .collect(java.util.stream.Collectors.groupingBy(f -> f, LinkedHashMap::new, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Framework.JIANGSU.id());
        return save(Harvest.toTemplate(Harvest.of(ds, minCount), id, title, framework), "harvest");
    }

    /** How many declarations a harvest over all of them reads. */
    public int harvestedCount() {
        return declarations.list(Optional.empty()).size();
    }

    private List<Declaration> load(List<Long> ids) {
        List<Long> which = ids.isEmpty()
                ? declarations.list(Optional.empty()).stream().map(s -> s.id()).toList() : ids;
        return which.stream().map(declarations::load).toList();
    }

    public List<TemplateDiff.Change> diff(String id, int from, int to) {
        return TemplateDiff.between(parse(requireVersion(id, Optional.of(from))), parse(requireVersion(id, Optional.of(to))));
    }

    // ---- declarations ---------------------------------------------------------------------------------

    /** The framework template {@code id}, as a skeleton. */
    public Framework framework(String id) {
        Template t = require(id);
        if (!t.isFramework()) {
            throw new DomainException("template.not-framework", id);
        }
        return t.toFramework();
    }

    /** What applying templates to a declaration gives: the changed declaration and the report. */
    public record Applied(Declaration declaration, TemplateApply.Result result) {
    }

    /** Applies the templates {@code ids} (their includes too) and records their versions on the declaration. */
    public Applied apply(Declaration d, List<String> ids) {
        List<TemplateIndicator> indicators = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        Declaration out = d;
        for (String id : ids) {
            require(id);
            for (TemplateIndicator i : catalog().resolve(id)) {
                if (names.add(i.name())) {
                    indicators.add(i);
                }
            }
            out = out.withTemplate(new TemplateRef(id, newestVersion(id)));
        }
        TemplateApply.Result result = TemplateApply.apply(out.tree(), indicators);
        return new Applied(out.withTree(result.tree()), result);
    }

    /** Records the framework template a new declaration's skeleton came from. */
    public Declaration recordFramework(Declaration d, String id) {
        return d.withTemplate(new TemplateRef(id, newestVersion(id)));
    }

    /** Splits "a,b c" into ids. */
    public static List<String> splitIds(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("[,，\\s]+")) {
            if (!s.isBlank() && !out.contains(s.strip())) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
