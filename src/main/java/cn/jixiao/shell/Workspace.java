package cn.jixiao.shell;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.DomainException;
import cn.jixiao.indicator.Framework;
import cn.jixiao.store.DeclarationRepository;
import cn.jixiao.store.DeclarationSummary;
import cn.jixiao.store.RevisionInfo;
import cn.jixiao.store.SettingRepository;
import org.springframework.stereotype.Service;

import java.util.List;
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
public class Workspace {
    static final String OPEN_SETTING = "open-declaration";

    private final DeclarationRepository declarations;
    private final SettingRepository settings;
    private Optional<Long> openId = Optional.empty();
    private Optional<String> openName = Optional.empty();
    private int seenRevision;
    private boolean restored;

    public Workspace(DeclarationRepository declarations, SettingRepository settings) {
        this.declarations = declarations;
        this.settings = settings;
    }

    /** Creates a declaration with the framework's skeleton, stores it as revision 1 and opens it. */
    public Declaration create(String name, int year, String department) {
        Declaration d = declarations.create(Declaration.create(name, year, department, Framework.JIANGSU),
                "新建");
        remember(d);
        return d;
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
        long target = targetId(id);
        Declaration loaded = declarations.load(target);
        boolean fromSession = openId.isPresent() && openId.get() == target && seenRevision > 0;
        Declaration base = fromSession ? loaded.stored(target, seenRevision) : loaded;
        Declaration changed = change.apply(base);
        Declaration saved = declarations.save(changed, summary);
        if (openId.isPresent() && openId.get() == target) {
            seenRevision = saved.revision();
            openName = Optional.of(saved.name());
        }
        return saved;
    }

    /**
     * Undoes the newest change that has not been undone: stores the content from before it as a new revision.
     * Repeated undos walk further back. Returns the stored declaration and the summary of the change undone.
     */
    public Undone undo(Optional<Long> id) {
        long target = targetId(id);
        java.util.Map<Integer, RevisionInfo> byNumber = new java.util.HashMap<>();
        declarations.revisions(target).forEach(r -> byNumber.put(r.revision(), r));
        int latest = byNumber.keySet().stream().max(Integer::compare).orElse(0);
        int undo = latest;
        while (undo > 1 && byNumber.get(undo).reverts().isPresent()) {
            undo = byNumber.get(undo).reverts().get() - 1;
        }
        if (undo <= 1) {
            throw new DomainException("undo.nothing", target);
        }
        int restore = undo - 1;
        String summary = byNumber.get(undo).summary();
        Declaration before = declarations.findRevision(target, restore).orElseThrow();
        Declaration loaded = declarations.load(target);
        boolean fromSession = openId.isPresent() && openId.get() == target && seenRevision > 0;
        int base = fromSession ? seenRevision : loaded.revision();
        Declaration saved = declarations.save(before.stored(target, base), "撤销 " + summary, Optional.of(undo));
        if (openId.isPresent() && openId.get() == target) {
            seenRevision = saved.revision();
            openName = Optional.of(saved.name());
        }
        return new Undone(saved, undo, summary);
    }

    /** What {@link #undo} did: the new revision, and which revision's change it took back. */
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
