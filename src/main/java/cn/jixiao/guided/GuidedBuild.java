package cn.jixiao.guided;

import cn.jixiao.declaration.DeclarationView;
import cn.jixiao.declaration.Workspace;
import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.Funding;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.Header;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.declaration.model.Narrative;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.indicator.model.Position;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.model.DomainException;
import cn.jixiao.shell.Holds;
import cn.jixiao.shell.Messages;
import cn.jixiao.template.TemplateService;
import cn.jixiao.template.model.Template;
import cn.jixiao.validation.ValidationService;
import cn.jixiao.validation.ValidationView;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Rule;
import cn.jixiao.validation.model.Severity;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided build behind {@code new} without options in the console: framework → indicator sets → header →
 * narrative (立项必要性 … 年度目标, skippable) → funding → expense lines → each 二级 in form order (accept, edit a
 * value, drop, add) → validation summary → save.
 * Every step ends by storing the draft ({@link DraftStore}), so the user can leave anywhere and resume later.
 * Nothing is held while a question waits for its answer: the database is given back ({@link Holds}) before each
 * one, so other jixiao processes (one-shot commands, scripts) work while the user thinks.
 */
@Component
public class GuidedBuild {
    /** The placeholder name of a draft not yet named, in either language: guided.unnamed of both bundles. */
    private static final java.util.Set<String> UNNAMED = java.util.Set.of(
            new Messages(Messages.localeFor("zh")).get("guided.unnamed"),
            new Messages(Messages.localeFor("en")).get("guided.unnamed"));

    /** The rules that judge one indicator's values on their own: run as each value is typed. */
    static final List<String> VALUE_RULES = List.of("value-unparseable", "kind-mismatch", "unit-mismatch",
            "schedule-misuse", "percent-out-of-range", "half-exceeds-full");

    static final List<HeaderField> HEADER = List.of(HeaderField.NAME, HeaderField.YEAR, HeaderField.DEPARTMENT,
            HeaderField.TYPE, HeaderField.LEVEL, HeaderField.START, HeaderField.END, HeaderField.IMPLEMENTER,
            HeaderField.CONTACT);

    /** The narrative of the Jiangsu form as Nantong prints it (the layout jixiao exports). */
    static final List<HeaderField> NARRATIVE = List.of(HeaderField.NECESSITY, HeaderField.FEASIBILITY,
            HeaderField.CONTENT, HeaderField.MID_TERM_GOAL, HeaderField.ANNUAL_GOAL);

    static final List<String> PROJECT_TYPES = List.of("常年安排项目", "分年度安排项目", "一次性项目");

    static final List<FundingSource> FUNDING = List.of(FundingSource.GENERAL_BUDGET, FundingSource.GOVERNMENT_FUND,
            FundingSource.SPECIAL_ACCOUNT, FundingSource.STATE_CAPITAL, FundingSource.SOCIAL_SECURITY,
            FundingSource.CARRY_OVER, FundingSource.OTHER);

    private final TemplateService templates;
    private final Workspace workspace;
    private final ValidationService validation;
    private final ValidationView validationView;
    private final DeclarationView view;
    private final DraftStore drafts;
    private final Messages m;
    private final Holds holds;

    public GuidedBuild(TemplateService templates, Workspace workspace, ValidationService validation,
                       ValidationView validationView, DeclarationView view, DraftStore drafts, Messages messages,
                       Holds holds) {
        this.holds = holds;
        this.templates = templates;
        this.workspace = workspace;
        this.validation = validation;
        this.validationView = validationView;
        this.view = view;
        this.drafts = drafts;
        this.m = messages;
    }

    /** Runs the flow to the end: the saved declaration, or empty when the user left (the draft is kept). */
    public Optional<Declaration> run(Prompter asking) {
        Prompter p = new Releasing(asking, holds);
        try {
            Draft draft = start(p);
            while (true) {
                drafts.save(draft);
                switch (draft.step()) {
                    case FRAMEWORK -> draft = framework(p, draft);
                    case TEMPLATES -> draft = indicatorSets(p, draft);
                    case HEADER -> draft = header(p, draft);
                    case NARRATIVE -> draft = narrative(p, draft);
                    case FUNDING -> draft = funding(p, draft);
                    case EXPENSES -> draft = expenses(p, draft);
                    case INDICATORS -> draft = indicators(p, draft);
                    case SUMMARY -> {
                        Optional<Draft> back = summary(p, draft);
                        if (back.isEmpty()) {
                            return Optional.of(save(p, draft));
                        }
                        draft = back.get();
                    }
                    default -> throw new IllegalStateException(draft.step().name());
                }
            }
        } catch (Prompter.Left e) {
            p.say(m.get("guided.left"));
            return Optional.empty();
        }
    }

    /** A prompter that gives back what jixiao holds (the database file) before each question. */
    private record Releasing(Prompter p, Holds holds) implements Prompter {
        @Override
        public String ask(String question, String defaultValue) {
            holds.release();
            return p.ask(question, defaultValue);
        }

        @Override
        public boolean confirm(String question, boolean defaultValue) {
            holds.release();
            return p.confirm(question, defaultValue);
        }

        @Override
        public int choose(String question, List<String> options, int defaultIndex) {
            holds.release();
            return p.choose(question, options, defaultIndex);
        }

        @Override
        public List<Integer> chooseMany(String question, List<String> options, List<Integer> selected) {
            holds.release();
            return p.chooseMany(question, options, selected);
        }

        @Override
        public void say(String line) {
            p.say(line);
        }
    }

    // ---- the steps -------------------------------------------------------------------------------

    /** A new draft, or the stored one when the user resumes it. */
    Draft start(Prompter p) {
        Optional<Draft> stored = drafts.load();
        if (stored.isPresent()) {
            Draft d = unnamedInThisLanguage(stored.get());
            int c = p.choose(m.get("guided.resume.question", d.declaration().name(), stepName(d.step())),
                    List.of(m.get("guided.resume.continue"), m.get("guided.resume.restart"), m.get("guided.leave")), 0);
            if (c == 0) {
                return d;
            }
            if (c == 2) {
                throw new Prompter.Left();
            }
            drafts.clear();
        }
        p.say(m.get("guided.welcome"));
        return new Draft(Declaration.create(m.get("guided.unnamed"), Year.now().getValue(), "", Framework.JIANGSU),
                Draft.Step.FRAMEWORK, 0);
    }

    /**
     * A draft made in the other language keeps that language's placeholder name ("(unnamed)", （未命名）): shown
     * in this one's.
     */
    private Draft unnamedInThisLanguage(Draft d) {
        String name = d.declaration().name();
        return UNNAMED.contains(name) && !name.equals(m.get("guided.unnamed"))
                ? d.with(HeaderField.NAME.set(d.declaration(), m.get("guided.unnamed"))) : d;
    }

    Draft framework(Prompter p, Draft draft) {
        List<Framework> frameworks = frameworks();
        List<String> labels = frameworks.stream()
                .map(f -> m.get("guided.framework.item", f.title(), f.id(), f.sections().size(), f.level2Count()))
                .toList();
        int current = Math.max(0, indexOf(frameworks.stream().map(Framework::id).toList(), draft.declaration().frameworkId()));
        Framework f = frameworks.get(p.choose(m.get("guided.framework.question"), labels, current));
        Declaration d = draft.declaration();
        Declaration fresh = new Declaration(0, 0, d.header(), d.narrative(), d.funding(), f.id(), f.skeleton(), List.of());
        if (templates.catalog().find(f.id()).isPresent()) {
            fresh = templates.recordFramework(fresh, f.id());
        }
        return draft.with(fresh).at(Draft.Step.TEMPLATES);
    }

    Draft indicatorSets(Prompter p, Draft draft) {
        Declaration d = draft.declaration();
        List<Template> sets = templates.catalog().all().stream()
                .filter(t -> !t.isFramework() && t.framework().equals(d.frameworkId()))
                .sorted(java.util.Comparator.comparing(Template::id)).toList();
        if (sets.isEmpty()) {
            p.say(m.get("guided.templates.none", d.frameworkId()));
            return draft.at(Draft.Step.HEADER);
        }
        List<String> labels = sets.stream()
                .map(t -> m.get("guided.templates.item", t.id(), t.title(), templates.catalog().resolve(t.id()).size()))
                .toList();
        List<Integer> already = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            String id = sets.get(i).id();
            if (d.templates().stream().anyMatch(r -> r.id().equals(id))) {
                already.add(i);
            }
        }
        List<Integer> chosen = p.chooseMany(m.get("guided.templates.question"), labels, already);
        List<String> ids = chosen.stream().map(i -> sets.get(i).id()).toList();
        if (ids.isEmpty()) {
            p.say(m.get("guided.templates.skipped"));
            return draft.at(Draft.Step.HEADER);
        }
        TemplateService.Applied applied = templates.apply(d, ids);
        p.say(m.get("guided.templates.applied", String.join("、", ids), applied.result().added().size(),
                applied.result().skipped().size()));
        return draft.with(applied.declaration()).at(Draft.Step.HEADER);
    }

    Draft header(Prompter p, Draft draft) {
        p.say(m.get("guided.header.title"));
        Declaration d = draft.declaration();
        for (HeaderField field : HEADER) {
            d = headerField(p, d, field);
            drafts.save(draft.with(d)); // a half-filled header is kept when the user leaves
        }
        return draft.with(d).at(Draft.Step.NARRATIVE);
    }

    /**
     * 立项必要性, 实施可行性, 项目实施内容, 中长期目标, 年度目标 — or skip them for {@code header set} later. Each question
     * offers what the draft has, else what last year's declaration of the same name and department says.
     */
    Draft narrative(Prompter p, Draft draft) {
        p.say(m.get("guided.narrative.title"));
        Declaration d = draft.declaration();
        Optional<Declaration> lastYear = lastYear(d);
        lastYear.ifPresent(last -> p.say(m.get("guided.narrative.last-year", view.title(last))));
        int c = p.choose(m.get("guided.narrative.question"),
                List.of(m.get("guided.narrative.fill"), m.get("guided.narrative.skip")), 0);
        if (c == 1) {
            p.say(m.get("guided.narrative.skipped"));
            return draft.at(Draft.Step.FUNDING);
        }
        for (HeaderField field : NARRATIVE) {
            String current = field.get(d);
            String offered = current.isBlank() ? lastYear.map(field::get).orElse("") : current;
            d = field.set(d, p.ask(field.label(), offered));
            drafts.save(draft.with(d)); // a half-filled narrative is kept when the user leaves
        }
        return draft.with(d).at(Draft.Step.FUNDING);
    }

    /** The stored declaration of the year before with the same name and department, if there is one. */
    private Optional<Declaration> lastYear(Declaration d) {
        try {
            return workspace.findSame(d.name(), d.header().year() - 1, d.header().department()).stream()
                    .max(java.util.Comparator.comparingLong(cn.jixiao.declaration.DeclarationSummary::id))
                    .map(s -> workspace.current(Optional.of(s.id())));
        } catch (DomainException noSuchDeclaration) {
            return Optional.empty();
        }
    }

    private Declaration headerField(Prompter p, Declaration d, HeaderField field) {
        if (field == HeaderField.TYPE) {
            List<String> options = new ArrayList<>(PROJECT_TYPES);
            options.add(m.get("guided.header.type-blank"));
            int current = indexOf(PROJECT_TYPES, d.header().projectType());
            int c = p.choose(field.label(), options, current < 0 ? options.size() - 1 : current);
            return field.set(d, c < PROJECT_TYPES.size() ? PROJECT_TYPES.get(c) : "");
        }
        String current = field.get(d);
        if (field == HeaderField.NAME && UNNAMED.contains(current)) {
            current = "";
        }
        if ((field == HeaderField.START || field == HeaderField.END) && current.isBlank()) {
            current = String.valueOf(d.header().year()); // a yearly project runs through its budget year
        }
        while (true) {
            String answer = p.ask(field.label(), current);
            try {
                return field.set(d, answer == null ? "" : answer);
            } catch (DomainException e) {
                p.say(reason(e));
            }
        }
    }

    Draft funding(Prompter p, Draft draft) {
        p.say(m.get("guided.funding.title"));
        Funding f = draft.declaration().funding();
        for (FundingSource s : FUNDING) {
            f = f.with(s, amount(p, s.label(), f.amount(s)));
        }
        f = f.with(FundingSource.FISCAL, sum(f, FundingSource.fiscalParts()));
        f = f.with(FundingSource.TOTAL, sum(f, FundingSource.totalParts()));
        p.say(m.get("guided.funding.totals", Amounts.format(f.amount(FundingSource.FISCAL)),
                Amounts.format(f.total())));
        return draft.with(draft.declaration().withFunding(f)).at(Draft.Step.EXPENSES);
    }

    private static Optional<BigDecimal> sum(Funding f, List<FundingSource> parts) {
        List<BigDecimal> present = parts.stream().flatMap(s -> f.amount(s).stream()).toList();
        return present.isEmpty() ? Optional.empty() : Optional.of(present.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private Optional<BigDecimal> amount(Prompter p, String label, Optional<BigDecimal> current) {
        while (true) {
            String answer = p.ask(m.get("guided.amount", label), Amounts.format(current));
            try {
                return Amounts.parse(answer);
            } catch (DomainException e) {
                p.say(reason(e));
            }
        }
    }

    Draft expenses(Prompter p, Draft draft) {
        Declaration d = draft.declaration();
        while (true) {
            p.say(m.get("guided.expenses.title"));
            List<Expense> lines = d.funding().expenses();
            for (int i = 0; i < lines.size(); i++) {
                Expense e = lines.get(i);
                p.say(m.get("guided.expenses.line", i + 1, e.name(), Amounts.format(e.half()), Amounts.format(e.full())));
            }
            List<String> options = new ArrayList<>(List.of(m.get("guided.expenses.add"), m.get("guided.next")));
            if (!lines.isEmpty()) {
                options.add(1, m.get("guided.expenses.drop"));
            }
            options.add(m.get("guided.leave"));
            String choice = options.get(p.choose(m.get("guided.expenses.question"), options, lines.isEmpty() ? 0 : options.size() - 2));
            if (choice.equals(m.get("guided.leave"))) {
                throw new Prompter.Left();
            }
            if (choice.equals(m.get("guided.next"))) {
                return draft.with(d).at(Draft.Step.INDICATORS);
            }
            if (choice.equals(m.get("guided.expenses.drop"))) {
                List<String> names = new ArrayList<>(lines.stream().map(Expense::name).toList());
                names.add(m.get("guided.cancel"));
                int c = p.choose(m.get("guided.expenses.drop"), names, names.size() - 1);
                if (c < lines.size()) {
                    d = d.withFunding(d.funding().removeExpense(c));
                }
            } else {
                d = d.withFunding(addExpense(p, d.funding()));
            }
            drafts.save(draft.with(d));
        }
    }

    private Funding addExpense(Prompter p, Funding f) {
        while (true) {
            String name = p.ask(m.get("guided.expenses.name"), "");
            Optional<BigDecimal> half = amount(p, m.get("guided.expenses.half"), Optional.empty());
            Optional<BigDecimal> full = amount(p, m.get("guided.expenses.full"), Optional.empty());
            if (half.isPresent() && full.isPresent() && half.get().compareTo(full.get()) > 0) {
                p.say(m.get("guided.expenses.half-exceeds", half.get().toPlainString(), full.get().toPlainString()));
                continue;
            }
            try {
                return f.addExpense(new Expense(name == null ? "" : name.strip(), half, full));
            } catch (DomainException e) {
                p.say(reason(e));
            }
        }
    }

    /** One 二级 after another, from the one the draft reached: accept, edit a value, drop, add. */
    Draft indicators(Prompter p, Draft draft) {
        List<Position> level2s = level2s(draft.declaration().tree());
        Draft cur = draft;
        for (int k = draft.level2(); k < level2s.size(); k++) {
            cur = cur.atLevel2(k);
            drafts.save(cur);
            Worked done = level2(p, cur, level2s.get(k), k, level2s.size());
            cur = cur.with(done.declaration());
            if (done.finish()) {
                return cur.at(Draft.Step.SUMMARY);
            }
        }
        return cur.at(Draft.Step.SUMMARY);
    }

    /** The declaration after work on one 二级; {@code finish} when the user skips the rest for the summary. */
    private record Worked(Declaration declaration, boolean finish) {
    }

    /** Works on one 二级 until accepted (or the user goes on to the summary). */
    private Worked level2(Prompter p, Draft draft, Position pos, int k, int count) {
        Declaration d = draft.declaration();
        String accept = m.get("guided.indicators.accept");
        String edit = m.get("guided.indicators.edit");
        String drop = m.get("guided.indicators.drop");
        String add = m.get("guided.indicators.add");
        String finish = m.get("guided.indicators.finish");
        String leave = m.get("guided.leave");
        while (true) {
            Level1 l1 = d.tree().level1(pos);
            Level2 l2 = d.tree().level2(pos);
            p.say(m.get("guided.indicators.title", k + 1, count, l1.name(), l2.name()));
            if (l2.indicators().isEmpty()) {
                p.say("  " + m.get("guided.indicators.empty"));
            }
            for (Indicator i : l2.indicators()) {
                p.say("  " + indicatorLabel(i));
            }
            List<String> options = new ArrayList<>(List.of(accept));
            if (!l2.indicators().isEmpty()) {
                options.add(edit);
                options.add(drop);
            }
            options.addAll(List.of(add, finish, leave));
            String choice = options.get(p.choose(m.get("guided.indicators.question", l2.name()), options, 0));
            if (choice.equals(accept)) {
                return new Worked(d, false);
            } else if (choice.equals(finish)) {
                return new Worked(d, true);
            } else if (choice.equals(leave)) {
                throw new Prompter.Left();
            } else if (choice.equals(edit)) {
                int i = pickIndicator(p, edit, l2);
                if (i >= 0) {
                    Indicator changed = askValues(p, l1.name(), l2.name(), l2.indicators().get(i));
                    Position at = Position.indicator(pos.l1(), pos.l2(), i);
                    d = d.withTree(d.tree().update(at.toString(), x -> changed));
                }
            } else if (choice.equals(drop)) {
                int i = pickIndicator(p, drop, l2);
                if (i >= 0) {
                    d = d.withTree(d.tree().remove(Position.indicator(pos.l1(), pos.l2(), i).toString()));
                }
            } else {
                d = d.withTree(addIndicator(p, d.tree(), pos, l1.name(), l2.name()));
            }
            drafts.save(draft.with(d));
        }
    }

    private int pickIndicator(Prompter p, String question, Level2 l2) {
        List<String> labels = new ArrayList<>(l2.indicators().stream().map(this::indicatorLabel).toList());
        labels.add(m.get("guided.cancel"));
        int c = p.choose(question, labels, 0);
        return c < l2.indicators().size() ? c : -1;
    }

    private IndicatorTree addIndicator(Prompter p, IndicatorTree tree, Position pos, String l1, String l2) {
        while (true) {
            String name = p.ask(m.get("guided.indicators.name"), "");
            String n = name == null ? "" : name.strip();
            try {
                tree.insert(pos, new Indicator(n, IndicatorValue.Blank.INSTANCE, IndicatorValue.Blank.INSTANCE));
            } catch (DomainException e) {
                p.say(reason(e));
                continue;
            }
            Indicator added = askValues(p, l1, l2, new Indicator(n, IndicatorValue.Blank.INSTANCE, IndicatorValue.Blank.INSTANCE));
            return tree.insert(pos, added);
        }
    }

    /** Asks the half-year then the full-year value, each checked as typed and re-asked until accepted. */
    Indicator askValues(Prompter p, String l1, String l2, Indicator start) {
        Indicator cur = start;
        cur = askValue(p, l1, l2, cur, true);
        cur = askValue(p, l1, l2, cur, false);
        return cur;
    }

    private Indicator askValue(Prompter p, String l1, String l2, Indicator cur, boolean half) {
        String question = m.get(half ? "guided.value.half" : "guided.value.full", cur.name());
        String value = (half ? cur.half() : cur.full()).text();
        while (true) {
            String answer = p.ask(question, value);
            String text = answer == null ? "" : answer.strip();
            IndicatorValue parsed = ValueGrammar.parse(text);
            Indicator candidate = half ? cur.withHalf(parsed) : cur.withFull(parsed);
            List<String> reasons = check(l1, l2, candidate);
            if (reasons.isEmpty()) {
                return candidate;
            }
            reasons.forEach(r -> p.say("  " + r));
            int c = p.choose(m.get("guided.value.problem"),
                    List.of(m.get("guided.value.retry"), m.get("guided.value.keep")), 0);
            if (c == 1) {
                return candidate;
            }
            value = text;
        }
    }

    /** What the single-indicator rules say about {@code i} placed at {@code l1/l2}, as messages. */
    public List<String> check(String l1, String l2, Indicator i) {
        Declaration one = new Declaration(0, 0, Header.of("-", Year.now().getValue(), ""), Narrative.EMPTY,
                Funding.EMPTY, Framework.JIANGSU.id(),
                new IndicatorTree(List.of(new Level1(l1, List.of(new Level2(l2, List.of(i)))))));
        List<Rule> rules = VALUE_RULES.stream().flatMap(id -> RuleCatalog.find(id).stream()).toList();
        List<Finding> findings = new Validator(rules, validation.context(), Map.of()).validate(one);
        return findings.stream().filter(f -> f.severity() != Severity.OFF)
                .map(f -> m.get("severity." + f.severity().id()) + "：" + validationView.message(f)).toList();
    }

    /** The validation summary; empty to save, or the draft to go back to. */
    Optional<Draft> summary(Prompter p, Draft draft) {
        Declaration d = draft.declaration();
        List<Finding> findings = validation.validate(d);
        p.say(m.get("guided.summary.title"));
        String title = m.get("guided.summary.draft", d.name(), d.header().year());
        validationView.text(List.of(new ValidationView.Result(Optional.empty(), d.name(), title, d, findings)))
                .forEach(p::say);
        int c = p.choose(m.get("guided.summary.question"), List.of(m.get("guided.summary.save"),
                m.get("guided.summary.back-indicators"), m.get("guided.summary.back-header"), m.get("guided.leave")), 0);
        return switch (c) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(draft.at(Draft.Step.INDICATORS).atLevel2(firstLevel2WithProblem(d, findings)));
            case 2 -> Optional.of(draft.at(Draft.Step.HEADER));
            default -> throw new Prompter.Left();
        };
    }

    /**
     * The index (in form order) of the first 二级 a finding is about, errors before warnings: where 返回修改指标
     * takes the user. 0 when no finding is about a 二级 or an indicator.
     */
    static int firstLevel2WithProblem(Declaration d, List<Finding> findings) {
        List<Position> level2s = level2s(d.tree());
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            for (Finding f : findings) {
                String[] parts = f.path().split("/");
                if (f.severity() != s || parts.length < 2) {
                    continue;
                }
                for (int k = 0; k < level2s.size(); k++) {
                    Position pos = level2s.get(k);
                    if (d.tree().level1(pos).name().equals(parts[0]) && d.tree().level2(pos).name().equals(parts[1])) {
                        return k;
                    }
                }
            }
        }
        return 0;
    }

    Declaration save(Prompter p, Draft draft) {
        Declaration d = draft.declaration();
        Framework f = frameworks().stream().filter(x -> x.id().equals(d.frameworkId())).findFirst()
                .orElse(Framework.JIANGSU);
        Declaration saved = workspace.create(d.name(), d.header().year(), d.header().department(), f, fresh -> d);
        drafts.clear();
        p.say(m.get("guided.saved", view.title(saved), saved.tree().indicatorCount()));
        return saved;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private List<Framework> frameworks() {
        List<Framework> out = new ArrayList<>();
        try {
            out.addAll(templates.catalog().frameworks());
        } catch (RuntimeException e) {
            out.add(Framework.JIANGSU);
        }
        out.sort(java.util.Comparator.comparing(f -> f.id().equals(Framework.JIANGSU.id()) ? 0 : 1));
        return out;
    }

    private static List<Position> level2s(IndicatorTree tree) {
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < tree.level1s().size(); i++) {
            for (int j = 0; j < tree.level1s().get(i).children().size(); j++) {
                out.add(Position.level2(i, j));
            }
        }
        return out;
    }

    private String indicatorLabel(Indicator i) {
        return m.get("guided.indicators.item", i.name(), blank(i.half().text()), blank(i.full().text()));
    }

    private static String blank(String s) {
        return s.isBlank() ? "—" : s;
    }

    private String stepName(Draft.Step step) {
        return m.get("guided.step." + step.name().toLowerCase(java.util.Locale.ROOT));
    }

    private String reason(DomainException e) {
        return "  " + m.get(e.key(), e.args());
    }

    private static int indexOf(List<String> list, String value) {
        return list.indexOf(value);
    }
}
