package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.model.DomainException;
import cn.jixiao.shell.Console;
import cn.jixiao.store.StaleRevisionException;
import cn.jixiao.shell.PromptLabel;
import cn.jixiao.store.SettingRepository;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The declaration a session works on, and every change to it. The open declaration is remembered in the
 * database ({@code open} sets it) so that one-shot commands chain like a console session; {@code --id N}
 * overrides it for one command.
 *
 * <p>A console edits on top of the revision it last loaded or saved: if another session saved in between, the
 * save is refused ({@code store.stale}) instead of silently building on a version this user has not seen.
 */
@Service
public class Workspace implements PromptLabel {
    static final String OPEN_SETTING = "open-declaration";

    private final DeclarationRepository declarations;
    private final SettingRepository settings;
    private Optional<Long> openId = Optional.empty();
    private Optional<String> openName = Optional.empty();
    private int seenRevision;
    private boolean restored;

    private final Console console;

    public Workspace(DeclarationRepository declarations, SettingRepository settings, Console console) {
        this.console = console;
        this.declarations = declarations;
        this.settings = settings;
    }

    /** Creates a declaration with the framework's skeleton, stores it as revision 1 and opens it. */
    public Declaration create(String name, int year, String department) {
        return create(name, year, department, Framework.JIANGSU, UnaryOperator.identity());
    }

    /** Creates a declaration with {@code framework}'s skeleton, changed by {@code prepare} before it is stored. */
    public Declaration create(String name, int year, String department, Framework framework,
                              UnaryOperator<Declaration> prepare) {
        Declaration d = declarations.create(prepare.apply(Declaration.create(name, year, department, framework)),
                "新建");
        remember(d);
        return d;
    }

    /** The stored declarations with this name, year and department (what {@code new} would duplicate). */
    public List<DeclarationSummary> findSame(String name, int year, String department) {
        return declarations.findAllSame(name.strip(), year, department.strip());
    }

    /** "#5 医保租赁业务专项（2026年度）" for each, joined with 、: how a refusal names the existing declarations. */
    public static String named(List<DeclarationSummary> found) {
        return String.join("、", found.stream().map(s -> "#" + s.id() + " " + s.name() + "（" + s.year() + "年度）").toList());
    }

    /** Opens a declaration by id, or by name (exact, else the one name containing the text). */
    public Declaration open(String ref) {
        Declaration d = declarations.load(resolveId(ref));
        remember(d);
        return d;
    }

    public long resolveId(String ref) {
        String r = ref.strip();
        if (r.startsWith("#")) {
            r = r.substring(1);
        }
        if (r.matches("\\d{1,18}")) {
            return Long.parseLong(r);
        }
        List<DeclarationSummary> exact = declarations.findByName(ref.strip());
        List<DeclarationSummary> found = exact.isEmpty()
                ? declarations.list(Optional.empty()).stream().filter(s -> s.name().contains(ref.strip())).toList()
                : exact;
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            throw new DomainException("declaration.not-found", ref);
        }
        throw new DomainException("declaration.ambiguous", ref, String.join("、",
                found.stream().map(s -> "#" + s.id() + " " + s.name() + "（" + s.year() + "）").toList()));
    }

    /** The declaration a command works on: {@code id} when given, else the open one. */
    public Declaration current(Optional<Long> id) {
        return declarations.load(targetId(id));
    }

    /**
     * Applies {@code change} to the target declaration and stores the result as a new revision described by
     * {@code summary}. Returns the stored declaration.
     */
    public Declaration edit(Optional<Long> id, String summary, UnaryOperator<Declaration> change) {
        return change(id, summary, change).after();
    }

    /**
     * As {@link #edit}, and says what the declaration was before and whether anything changed: a change that
     * leaves the content as it was (a value set to what it is, an indicator moved onto its own place) stores no
     * revision, and {@code after} is then the declaration as it stands.
     */
    public Edited change(Optional<Long> id, String summary, UnaryOperator<Declaration> change) {
        long target = targetId(id);
        Declaration loaded = declarations.load(target);
        boolean fromSession = openId.isPresent() && openId.get() == target && seenRevision > 0;
        Declaration base = fromSession ? loaded.stored(target, seenRevision) : loaded;
        Declaration changed = change.apply(base);
        if (DeclarationJson.compact(changed).equals(DeclarationJson.compact(base))) {
            return new Edited(base, base, false);
        }
        Declaration saved = saveOrCatchUp(() -> declarations.save(changed, summary), fromSession);
        if (openId.isPresent() && openId.get() == target) {
            seenRevision = saved.revision();
            openName = Optional.of(saved.name());
        }
        return new Edited(base, saved, true);
    }

    /** What {@link #change} did: the declaration before, after, and whether a new revision was stored. */
    public record Edited(Declaration before, Declaration after, boolean changed) {
    }

    /**
     * Undoes the newest change that has not been undone: stores the content from before it as a new revision.
     * Repeated undos walk further back. Returns the stored declaration and the summary of the change undone.
     */
    public Undone undo(Optional<Long> id) {
        long target = targetId(id);
        Map<Integer, RevisionInfo> byNumber = revisionsByNumber(target);
        int undo = byNumber.keySet().stream().max(Integer::compare).orElse(0);
        while (undo > 1 && byNumber.get(undo).reverts().isPresent()) {
            undo = byNumber.get(undo).reverts().get() - 1;
        }
        if (undo <= 1) {
            throw new DomainException("undo.nothing", target);
        }
        String summary = byNumber.get(undo).summary();
        Declaration saved = saveContentOf(target, undo - 1, "撤销 " + summary, Optional.of(undo), Optional.empty());
        return new Undone(saved, undo, summary);
    }

    /** Re-applies the change the newest undo took back (several redos follow several undos back). */
    public Undone redo(Optional<Long> id) {
        long target = targetId(id);
        List<RevisionInfo> revisions = declarations.revisions(target);
        int start = revisions.size();
        while (start > 0 && (revisions.get(start - 1).reverts().isPresent()
                || revisions.get(start - 1).redoes().isPresent())) {
            start--;
        }
        java.util.Deque<Integer> undone = new java.util.ArrayDeque<>();
        for (RevisionInfo r : revisions.subList(start, revisions.size())) {
            r.reverts().ifPresent(undone::push);
            r.redoes().ifPresent(k -> undone.remove(k));
        }
        if (undone.isEmpty()) {
            throw new DomainException("redo.nothing", target);
        }
        int redo = undone.peek();
        String summary = revisions.stream().filter(r -> r.revision() == redo).findFirst().orElseThrow().summary();
        Declaration saved = saveContentOf(target, redo, "重做 " + summary, Optional.empty(), Optional.of(redo));
        return new Undone(saved, redo, summary);
    }

    /** Stores the content of revision {@code revision} as a new revision ({@code revert <rev>}). */
    public Declaration revert(Optional<Long> id, int revision) {
        long target = targetId(id);
        return saveContentOf(target, revision, "恢复到第 " + revision + " 版", Optional.empty(), Optional.empty());
    }

    public List<RevisionInfo> history(Optional<Long> id) {
        return declarations.revisions(targetId(id));
    }

    /** A stored revision of the target declaration, or a "no such revision" error. */
    public Declaration revision(Optional<Long> id, int revision) {
        long target = targetId(id);
        return declarations.findRevision(target, revision)
                .orElseThrow(() -> new DomainException("revision.not-found", target, revision));
    }

    private Map<Integer, RevisionInfo> revisionsByNumber(long target) {
        Map<Integer, RevisionInfo> byNumber = new java.util.HashMap<>();
        declarations.revisions(target).forEach(r -> byNumber.put(r.revision(), r));
        return byNumber;
    }

    private Declaration saveContentOf(long target, int revision, String summary, Optional<Integer> reverts,
                                      Optional<Integer> redoes) {
        Declaration content = declarations.findRevision(target, revision)
                .orElseThrow(() -> new DomainException("revision.not-found", target, revision));
        Declaration loaded = declarations.load(target);
        boolean fromSession = openId.isPresent() && openId.get() == target && seenRevision > 0;
        int base = fromSession ? seenRevision : loaded.revision();
        Declaration saved = saveOrCatchUp(() -> declarations.save(content.stored(target, base), summary, reverts,
                redoes), fromSession);
        if (openId.isPresent() && openId.get() == target) {
            seenRevision = saved.revision();
            openName = Optional.of(saved.name());
        }
        return saved;
    }

    /**
     * Runs {@code save}. A refusal because another session saved first stays a refusal; inside a script that goes on
     * ({@code script --keep-going}) the session then takes up the stored revision, as {@code open} would, so the
     * next lines build on it — the refused line is named and not stored, the others are.
     */
    private Declaration saveOrCatchUp(java.util.function.Supplier<Declaration> save, boolean fromSession) {
        try {
            return save.get();
        } catch (StaleRevisionException e) {
            if (!fromSession || !console.scriptGoesOn()) {
                throw e;
            }
            long id = (Long) e.args()[0];
            int current = (Integer) e.args()[2];
            seenRevision = current;
            throw new DomainException("store.stale-going-on", id, e.args()[1], current);
        }
    }

    /** What {@link #undo}/{@link #redo} did: the new revision, and which revision's change it took back or re-applied. */
    public record Undone(Declaration declaration, int revision, String summary) {
    }

    public boolean delete(long id) {
        boolean deleted = declarations.delete(id);
        if (openId.isPresent() && openId.get() == id) {
            openId = Optional.empty();
            openName = Optional.empty();
            seenRevision = 0;
        }
        settings.get(OPEN_SETTING).filter(v -> v.equals(String.valueOf(id))).ifPresent(v -> settings.remove(OPEN_SETTING));
        return deleted;
    }

    /** The name of the open declaration, for the console prompt. */
    public Optional<String> openName() {
        restore();
        return openName;
    }

    /** The prompt names the open declaration with its id: {@code #5 医保租赁业务专项}. */
    @Override
    public Optional<String> promptLabel() {
        restore();
        return openId.flatMap(i -> openName.map(n -> "#" + i + " " + n));
    }

    private long targetId(Optional<Long> id) {
        if (id.isPresent()) {
            return id.get();
        }
        restore();
        return openId.orElseThrow(() -> new DomainException("declaration.none-open"));
    }

    private void remember(Declaration d) {
        openId = Optional.of(d.id());
        openName = Optional.of(d.name());
        seenRevision = d.revision();
        restored = true;
        settings.put(OPEN_SETTING, String.valueOf(d.id()));
    }

    /** Picks up the declaration opened last time (by this or another session) when this one has none yet. */
    private void restore() {
        if (restored) {
            return;
        }
        restored = true;
        settings.get(OPEN_SETTING).filter(v -> v.matches("\\d+")).map(Long::parseLong)
                .flatMap(declarations::summary)
                .ifPresent(s -> {
                    openId = Optional.of(s.id());
                    openName = Optional.of(s.name());
                    seenRevision = s.revision();
                });
    }
}
