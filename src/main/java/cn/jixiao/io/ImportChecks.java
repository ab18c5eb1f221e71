package cn.jixiao.io;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.DeclarationLimits;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.Funding;
import cn.jixiao.declaration.model.Header;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.declaration.model.Narrative;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.io.form.Diagnostic;
import cn.jixiao.io.form.ImportedForm;
import cn.jixiao.model.ControlChars;
import cn.jixiao.model.DomainException;
import cn.jixiao.model.MessageRef;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The one step every imported form passes before it is validated and stored, whatever its format. Control
 * characters are taken out of its text: line breaks and tabs become a space (a narrative keeps its line breaks),
 * anything else (ESC, BEL, NUL, U+202E, lone surrogates …) is removed and reported as a note
 * ({@code io.control-removed}) naming the field (as the form names it: 项目名称, 1.1.1 半年 …). Then the limits of {@link DeclarationLimits} are checked: a form
 * beyond them fails ({@code io.form-refused}, naming the form, the field and the limit), nothing of it stored.
 */
final class ImportChecks {
    private ImportChecks() {
    }

    static ImportedForm check(ImportedForm form) {
        if (!form.isOk()) {
            return form;
        }
        List<Diagnostic> notes = new ArrayList<>();
        Declaration d = hasControlChars(form.declaration())
                ? clean(form.declaration(), form.location(), notes) : form.declaration();
        try {
            DeclarationLimits.check(d);
        } catch (DomainException e) {
            return ImportedForm.failed(form.location(), new DomainException("io.form-refused", form.location(),
                    new MessageRef(e.key(), e.args())));
        }
        if (notes.isEmpty()) {
            return form;
        }
        List<Diagnostic> all = new ArrayList<>(form.diagnostics());
        all.addAll(notes);
        return form.with(d, all); // its evaluation, monitoring record and cell counts go with it
    }

    /**
     * Whether any text of {@code d} holds a control character: looked for before {@link #clean} copies the
     * declaration field by field, naming each, which nearly every form does not need.
     */
    private static boolean hasControlChars(Declaration d) {
        for (HeaderField f : HeaderField.values()) {
            if (f != HeaderField.YEAR && ControlChars.first(f.get(d)).isPresent()) {
                return true;
            }
        }
        for (Expense x : d.funding().expenses()) {
            if (ControlChars.first(x.name()).isPresent()) {
                return true;
            }
        }
        for (Level1 l1 : d.tree().level1s()) {
            for (Level2 l2 : l1.children()) {
                for (Indicator i : l2.indicators()) {
                    if (ControlChars.first(i.name()).isPresent() || ControlChars.first(i.half().text()).isPresent()
                            || ControlChars.first(i.full().text()).isPresent()) {
                        return true;
                    }
                }
                if (ControlChars.first(l2.name()).isPresent()) {
                    return true;
                }
            }
            if (ControlChars.first(l1.name()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Declaration clean(Declaration d, String where, List<Diagnostic> notes) {
        Cleaner c = new Cleaner(where, notes);
        Header h = d.header();
        Header header = new Header(c.line(h.name(), HeaderField.NAME.label()),
                c.line(h.department(), HeaderField.DEPARTMENT.label()),
                c.line(h.projectType(), HeaderField.TYPE.label()), c.line(h.projectLevel(), HeaderField.LEVEL.label()),
                c.line(h.startTime(), HeaderField.START.label()), c.line(h.endTime(), HeaderField.END.label()),
                c.line(h.implementer(), HeaderField.IMPLEMENTER.label()),
                c.line(h.contact(), HeaderField.CONTACT.label()), h.year(), c.line(h.title(), HeaderField.TITLE.label()));
        Narrative n = d.narrative();
        Narrative narrative = new Narrative(c.text(n.necessity(), HeaderField.NECESSITY.label()),
                c.text(n.feasibility(), HeaderField.FEASIBILITY.label()),
                c.text(n.content(), HeaderField.CONTENT.label()), c.text(n.overview(), HeaderField.OVERVIEW.label()),
                c.text(n.feasibilityNote(), HeaderField.FEASIBILITY_NOTE.label()),
                c.text(n.midTermGoal(), HeaderField.MID_TERM_GOAL.label()),
                c.text(n.annualGoal(), HeaderField.ANNUAL_GOAL.label()));
        List<Expense> expenses = new ArrayList<>();
        int e = 0;
        for (Expense x : d.funding().expenses()) {
            e++;
            expenses.add(x.withName(c.line(x.name(), "支出 #" + e)));
        }
        List<Level1> level1s = new ArrayList<>();
        int i1 = 0;
        for (Level1 l1 : d.tree().level1s()) {
            i1++;
            List<Level2> level2s = new ArrayList<>();
            int i2 = 0;
            for (Level2 l2 : l1.children()) {
                i2++;
                List<Indicator> indicators = new ArrayList<>();
                int i3 = 0;
                for (Indicator i : l2.indicators()) {
                    i3++;
                    String at = i1 + "." + i2 + "." + i3;
                    indicators.add(new Indicator(c.line(i.name(), at + " 名称"), c.value(i.half(), at + " 半年"),
                            c.value(i.full(), at + " 全年")));
                }
                level2s.add(new Level2(c.line(l2.name(), "二级 " + i1 + "." + i2), indicators));
            }
            level1s.add(new Level1(c.line(l1.name(), "一级 " + i1), level2s));
        }
        if (!c.changed) {
            return d;
        }
        return new Declaration(d.id(), d.revision(), header, narrative,
                new Funding(d.funding().sources(), expenses), d.frameworkId(), new IndicatorTree(level1s),
                d.templates());
    }

    /** Cleans one field at a time, noting what it removed. */
    private static final class Cleaner {
        private final String where;
        private final List<Diagnostic> notes;
        private boolean changed;

        Cleaner(String where, List<Diagnostic> notes) {
            this.where = where;
            this.notes = notes;
        }

        /** A one-line field: line breaks and tabs become spaces. */
        String line(String s, String field) {
            return clean(s, field, false);
        }

        /** A narrative text: keeps its line breaks. */
        String text(String s, String field) {
            return clean(s, field, true);
        }

        IndicatorValue value(IndicatorValue v, String field) {
            String t = v.text();
            String cleaned = line(t, field);
            return cleaned.equals(t) ? v : ValueGrammar.parse(cleaned);
        }

        private String clean(String s, String field, boolean keepLines) {
            OptionalInt first = ControlChars.first(s);
            if (first.isEmpty()) {
                return s;
            }
            changed = true;
            StringBuilder b = new StringBuilder(s.length());
            int removed = -1;
            String text = keepLines ? s.replace("\r\n", "\n") : s;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (keepLines && cp == '\n') {
                    b.append('\n');
                } else if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                    b.append(' ');
                } else if (ControlChars.isControl(cp)) {
                    if (removed < 0) {
                        removed = cp;
                    }
                } else {
                    b.appendCodePoint(cp);
                }
            }
            if (removed >= 0) {
                notes.add(Diagnostic.of(where, "io.control-removed", field, ControlChars.name(removed)));
            }
            return b.toString();
        }
    }
}
