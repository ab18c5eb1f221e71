package cn.jixiao.io.form;

import cn.jixiao.io.form.DraftTree.L1;
import cn.jixiao.io.form.DraftTree.L2;

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
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.model.DomainException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Recognises official forms (项目预算绩效目标表) in rows of cells, whatever produced the rows: a Markdown table
 * converted from PDF, text pasted from Excel or Word, a spreadsheet. Cells are found by their labels, not by
 * fixed columns, because conversions shift cells left or right. The labels and their synonyms are data: the
 * {@link FormVocabulary} ({@code templates/forms/labels.yaml}); this class knows the layout:
 * <ul>
 *   <li>a title row (…绩效目标表 / …绩效目标申报表) or a second 项目名称 starts a new form; {@code 2026年度},
 *       {@code (2022年度)} or a year in a title gives the year;</li>
 *   <li>header and narrative labels (项目名称, 主管部门, 单位, 项目概述, 中长期目标, 绩效目标 …) take the next
 *       non-empty cell that is not itself a label — a text label never a bare number;</li>
 *   <li>after 项目资金 / 收入: a funding label (资金总额, 财政拨款 or 小计, 一般公共预算资金 …) takes the amount
 *       after it, or the amount on the next row when the row has none;</li>
 *   <li>after 支出 (or a row of its column headers alone): each line is a name and up to two amounts (半年, 全年),
 *       possibly on the next row or beside the 中长期目标 label that follows; a single amount goes to the column
 *       header nearest to it; a line of amounts without a name is kept as 支出N and reported;</li>
 *   <li>after the 一级指标/二级指标/三级指标 header: a known 一级 name starts a 一级, a known 二级 name a 二级, in
 *       whatever column it sits; the first other cell is the 三级 name and the cells after it its 半年 and 全年
 *       values. The tree is kept as the form has it: a misplaced row stays misplaced for validation to report.
 *       Rows that are never indicators (合计, 评价结论, 指标1: …) are reported and skipped.</li>
 * </ul>
 * Every non-empty cell is either placed (counted in {@link ImportedForm#placed}) or reported (a {@link Diagnostic}
 * with its location, and the cell in {@link ImportedForm#reported}); a cell that no branch takes is reported as
 * ignored when its row ends. A form that cannot be read at all (no project name, no indicator table, an amount that
 * is not a number) is emitted as failed, with the error; a piece before the first whole form is reported on the
 * next form and skipped.
 */
public final class FormTableParser {
    private static final Pattern TAGS = Pattern.compile("(?i)</?(p|br|span|div|b|strong|em|i|u|font)\\b[^>]*>");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p[^>]*>|<br\\s*/?>");

    private enum Section { HEADER, INCOME, EXPENSE, GOALS, INDICATORS }

    private final Consumer<ImportedForm> sink;
    private final String file;
    private final FormVocabulary vocab;
    /** The cells of the row being read (one object for all rows: a row is read before the next comes). */
    private final Cells cells = new Cells();
    private Form form;
    private int forms;
    /** A piece before the first whole form, reported on the next form. */
    private Form fragment;
    /** A piece that started no form (a title, a year row), counted with the next form. */
    private Form carried;
    /** The last form read, passed on when the next one ends or at {@link #finish}. */
    private ImportedForm held;

    /** A parser with the active vocabulary ({@link FormVocabulary#active}). */
    public FormTableParser(String file, Consumer<ImportedForm> sink) {
        this(file, sink, FormVocabulary.active());
    }

    public FormTableParser(String file, Consumer<ImportedForm> sink, FormVocabulary vocabulary) {
        this.file = file;
        this.sink = sink;
        this.vocab = vocabulary;
    }

    /**
     * What a text reader does with one line of its file: turn it into rows (or a failure) for the parser. The line
     * is {@code text}'s current one, valid during the call.
     */
    interface LineHandler {
        void line(FormTableParser parser, int number, TextLines text);
    }

    /**
     * Reads a text file line by line into a parser and finishes it: the loop the Markdown and tab-separated readers
     * share. Lines are numbered from 1; a byte-order mark at the start of the file is dropped.
     */
    static void readLines(Reader in, String file, Consumer<ImportedForm> sink, LineHandler each) {
        FormTableParser parser = new FormTableParser(file, sink);
        try (in) {
            TextLines lines = new TextLines(in);
            int line = 0;
            while (lines.advance()) {
                line++;
                if (line == 1 && lines.stop() > lines.start() && lines.buffer()[lines.start()] == '\uFEFF') {
                    lines.skipFirst();
                }
                each.line(parser, line, lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parser.finish();
    }

    /** Number of forms emitted so far. */
    public int forms() {
        return forms;
    }

    /** Cleans a cell as converters leave it: HTML paragraphs and line breaks, entities, Markdown emphasis. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        if (isPlain(raw)) {
            return raw; // the usual cell: one pass instead of the searches below
        }
        String s = raw;
        if (s.indexOf('<') >= 0) {
            s = PARAGRAPH_BREAK.matcher(s).replaceAll("\n");
            s = TAGS.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&amp;", "&");
        }
        s = s.strip();
        if (s.length() > 4 && s.startsWith("**") && s.endsWith("**")) {
            s = s.substring(2, s.length() - 2).strip();
        }
        if (s.indexOf('\n') >= 0) {
            s = String.join("\n", s.lines().map(String::strip).toList()).strip();
        }
        return s;
    }

    /**
     * Whether {@link #clean} leaves {@code s} as it is: no tag, entity or line break, no surrounding whitespace, no
     * {@code **} emphasis.
     */
    private static boolean isPlain(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        char first = s.charAt(0);
        if (first == '*' || isSpace(first) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '&' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** A label as compared: no whitespace or line breaks, ASCII parentheses and colon. */
    static String norm(String cell) {
        int n = cell.length();
        int first = 0;
        while (first < n && !changes(cell.charAt(first))) {
            first++;
        }
        if (first == n) {
            return cell; // the usual case: nothing to drop or replace
        }
        StringBuilder sb = new StringBuilder(n).append(cell, 0, first);
        for (int i = first; i < n; i++) {
            char c = cell.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            sb.append(c == '（' ? '(' : c == '）' ? ')' : c == '：' ? ':' : c);
        }
        return sb.toString();
    }

    /** Whether {@link #norm} drops or replaces {@code c}. */
    private static boolean changes(char c) {
        return isSpace(c) || c == '（' || c == '）' || c == '：';
    }

    /**
     * {@code Character.isWhitespace} (which includes the ideographic space), without its table lookups: above
     * {@code ' '} it is only U+1680, U+2000–U+200A but U+2007, U+2028, U+2029, U+205F and U+3000 (≥ and — are
     * asked of often, at the edges of cells).
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return c >= '\u1680' && (c == '\u1680' || c >= '\u2000' && c <= '\u200A' && c != '\u2007' || c == '\u2028'
                || c == '\u2029' || c == '\u205F' || c == '\u3000');
    }

    static Optional<BigDecimal> number(String cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        char c = cell.charAt(0);
        if (!(c >= '0' && c <= '9') && !(c >= '０' && c <= '９')) {
            return Optional.empty();
        }
        try {
            return Amounts.parse(cell);
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /**
     * A cell that should hold the amount of {@code what} (万元) but holds {@code text}: a negative number is named as
     * such (a form's amounts are never below zero), anything else as not a number.
     */
    private static DomainException badAmount(String where, String what, String text) {
        if (text.length() > 1 && (text.charAt(0) == '-' || text.charAt(0) == '－')
                && number(text.substring(1).strip()).isPresent()) {
            return new DomainException("io.negative-amount", where, what, text);
        }
        return new DomainException("io.bad-amount", where, what, text);
    }

    /**
     * The year of a {@code 2026年度}, {@code 2026年} or {@code (2022年度)} row ({@code ^\(?(\d{4})年度?\)?$}, ASCII
     * digits), or -1. Checked by hand: every single-cell row is asked.
     */
    static int year(String n) {
        if (n.length() >= 7 && n.charAt(0) == '(' && n.charAt(n.length() - 1) == ')') {
            n = n.substring(1, n.length() - 1);
        }
        int len = n.length();
        if ((len != 5 && len != 6) || n.charAt(4) != '年' || (len == 6 && n.charAt(5) != '度')) {
            return -1;
        }
        return digits(n, 0);
    }

    /** The four ASCII digits at {@code at} as a number, or -1. */
    private static int digits(String n, int at) {
        int year = 0;
        for (int i = at; i < at + 4; i++) {
            char d = n.charAt(i);
            if (d < '0' || d > '9') {
                return -1;
            }
            year = year * 10 + (d - '0');
        }
        return year;
    }

    /**
     * The year a title names ({@code 部门预算项目支出绩效自评表(2023年度)}, {@code 鄂州市2022年市直…}): the first
     * four digits 19xx/20xx followed by 年, or -1.
     */
    static int titleYear(String n) {
        for (int i = n.indexOf('年'); i >= 4; i = n.indexOf('年', i + 1)) {
            int y = digits(n, i - 4);
            if (y >= 1900 && y < 2100 && (i == 4 || !Character.isDigit(n.charAt(i - 5)))) {
                return y;
            }
        }
        return -1;
    }

    /** Feeds one row. */
    public void row(FormRow row) {
        Cells cells = this.cells.load(row.cells(), vocab);
        int[] filled = cells.filled;
        if (filled.length == 0) {
            return;
        }
        if (filled.length == 1) {
            String n = cells.label[filled[0]];
            if (cells.isTitle(filled[0])) {
                finishForm(false);
                form = new Form(row.location());
                String own = FormLayout.ownTitle(cells.text[filled[0]]);
                if (!own.isEmpty()) {
                    form.fields.put(HeaderField.TITLE, own);
                }
                int year = titleYear(n);
                if (year > 0) {
                    form.year = year;
                }
                cells.used[filled[0]] = true;
                form.account(row, cells);
                return;
            }
            int year = year(n);
            if (year >= 0) {
                if (form == null || form.started()) {
                    finishForm(false);
                    form = new Form(row.location());
                }
                form.year = year;
                cells.used[filled[0]] = true;
                form.account(row, cells);
                return;
            }
            year = titleYear(n);
            if (year > 0 && (form == null
                    || form.name.isEmpty() && form.year == 0 && form.section == Section.HEADER && form.error == null)) {
                // a heading before the project's name that names the year (部门预算项目支出绩效自评表(2023年度))
                if (form == null) {
                    form = new Form(row.location());
                }
                form.year = year;
                cells.used[filled[0]] = true;
                form.account(row, cells);
                return;
            }
        }
        if (form != null && !form.name.isEmpty() && cells.hasName) { // a second 项目名称 starts the next form
            finishForm(false);
        }
        if (form == null) {
            form = new Form(row.location());
        }
        if (form.error != null) {
            return;
        }
        try {
            form.row(row, cells);
            form.account(row, cells);
        } catch (DomainException e) {
            form.error = e;
        }
    }

    /** Ends the form being read, if any (a spreadsheet's next sheet is a new form). */
    public void endForm() {
        finishForm(false);
    }

    /** Marks the form being read as unreadable (a reader found a broken line). */
    public void fail(DomainException error) {
        if (form == null) {
            form = new Form(file);
        }
        if (form.error == null) {
            form.error = error;
        }
    }

    /** Ends the input: emits the last form. Throws when the input held no form at all. */
    public void finish() {
        finishForm(true);
        if (held != null) {
            sink.accept(held);
            held = null;
        }
        if (forms == 0) {
            throw new DomainException("io.no-forms", file);
        }
    }

    /**
     * Ends the form being read. Before the first whole form, a piece without a project name or an indicator table
     * that another form follows ({@code last} false) is a fragment: reported on the next form and skipped. A piece
     * that never started a form (a second title, a year row, a line after the last form) goes with the form after
     * it, or at the end of the input with the form before it. A form is passed on when the next one ends (or at
     * {@link #finish}), so that such a last piece can still be added to it.
     */
    private void finishForm(boolean last) {
        Form f = form;
        form = null;
        if (f == null) {
            return;
        }
        if (!f.started() && f.error == null) {
            if (f.placed == 0 && f.reported.isEmpty()) {
                return;
            }
            if (!last && forms == 0 && !f.reported.isEmpty()) {
                fragment = f; // rows nothing could place, before any form: a fragment
            } else if (!last) {
                carried = f;
            } else if (held != null && held.isOk()) {
                List<Diagnostic> ds = new ArrayList<>(held.diagnostics());
                ds.addAll(f.diagnostics);
                List<SourceCell> rs = new ArrayList<>(held.reported());
                rs.addAll(f.reported);
                held = new ImportedForm(held.location(), held.declaration(), ds, held.error(), held.evaluation(),
                        held.placed() + f.placed, rs, held.monitoring());
            }
            return;
        }
        if (!last && forms == 0 && f.error == null && (f.name.isBlank() || !f.indicatorTable)) {
            fragment = f;
            return;
        }
        forms++;
        ImportedForm out;
        if (f.error != null) {
            out = ImportedForm.failed(f.location, f.error);
        } else {
            try {
                out = f.build();
            } catch (DomainException e) {
                out = ImportedForm.failed(f.location, e);
            }
        }
        if (held != null) {
            sink.accept(held);
        }
        held = out;
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * The cells of one row as the parser compares them. Each cell is cleaned and its label normalised once, here:
     * the recognising asks about the same cell many times. Lists of cells are arrays of column indices, left to
     * right; {@code used} marks the cells placed in the declaration (a label taken, a value read), {@code reported}
     * the ones a diagnostic names as not placed. The arrays are reused from row to row (an import reads hundreds of
     * thousands of rows, and keeps none of them), one set per row width.
     */
    private static final class Cells {
        private static final int WIDEST_KEPT = 32;
        /** The cleaned text of every cell, empty ones included (columns keep their indices). */
        String[] text;
        /** {@link #norm} of every non-empty cell; null for empty ones. */
        String[] label;
        /** The columns of the non-empty cells. */
        int[] filled;
        boolean[] used;
        boolean[] reported;

        private final String[][] texts = new String[WIDEST_KEPT + 1][];
        private final String[][] labels = new String[WIDEST_KEPT + 1][];
        private final boolean[][] useds = new boolean[WIDEST_KEPT + 1][];
        private final boolean[][] reporteds = new boolean[WIDEST_KEPT + 1][];
        private final int[][] filleds = new int[WIDEST_KEPT + 1][];
        private int[] columns = new int[WIDEST_KEPT];

        /**
         * The cleaned text and label of the cells read lately, by the raw cell's hash: a reader that gives the same
         * string for the same text ({@link CellPool}) has each label worked out once per file, not once per form.
         */
        private final String[] seenRaw = new String[2048];
        private final String[] seenText = new String[seenRaw.length];
        private final String[] seenLabel = new String[seenRaw.length];
        /**
         * Two questions asked of every cell of every row, answered with the label: whether it is a 项目名称 label
         * (a second one starts the next form) and a 一级指标 column header (an indicator table starts).
         */
        private final byte[] seenFacts = new byte[seenRaw.length];
        private static final byte NAME = 1;
        private static final byte LEVEL1_HEADER = 2;
        /** Whether the row has a cell of each kind. */
        boolean hasName;
        boolean hasLevel1Header;

        /**
         * The other questions the parser asks of a cell's label, answered once per label and file beside its cleaned
         * text (the parser asks hundreds per form, of the same few labels in every form): which have been answered
         * ({@code seenKnown}, a bit per question) and the answers, the yes/no ones by question. A slot taken over by
         * another label forgets them.
         */
        private final int[] seenKnown = new int[seenRaw.length];
        private final Boolean[][] seenYesNo = new Boolean[TITLE + 1][seenRaw.length];
        private final HeaderField[] seenField = new HeaderField[seenRaw.length];
        private final FundingSource[] seenFunding = new FundingSource[seenRaw.length];
        private final String[] seenLevel1 = new String[seenRaw.length];
        private final String[] seenLevel2 = new String[seenRaw.length];
        /** The yes/no questions, each the index of its asking in {@link #yesNo}, of its answers and of its bit. */
        private static final int INCOME = 0;
        private static final int EXPENSE = 1;
        private static final int COLUMN_HEADER = 2;
        private static final int HALF_YEAR = 3;
        private static final int FULL_YEAR = 4;
        private static final int EXPENSE_HEADER = 5;
        private static final int LEVEL2_HEADER = 6;
        private static final int LEVEL3_HEADER = 7;
        private static final int NOT_INDICATOR = 8;
        private static final int TITLE = 9;
        /** The other questions' bits. */
        private static final int FIELD = 1 << 10;
        private static final int FUNDING = 1 << 11;
        private static final int LEVEL1 = 1 << 12;
        private static final int LEVEL2 = 1 << 13;
        /** The slot of each cell of the row (in the memo above). */
        int[] slot;
        private final int[][] slots = new int[WIDEST_KEPT + 1][];
        private FormVocabulary vocab;
        /** The vocabulary's questions as functions, made once per vocabulary rather than at every ask. */
        private List<Function<String, Boolean>> yesNo;
        private Function<String, HeaderField> askField;
        private Function<String, FundingSource> askFunding;
        private Function<String, String> askLevel1;
        private Function<String, String> askLevel2;

        Cells load(List<String> raw, FormVocabulary vocab) {
            if (this.vocab != vocab) { // another vocabulary (a maintainer's copy changed): other answers
                Arrays.fill(seenRaw, null);
                this.vocab = vocab;
                yesNo = List.of(vocab.income::matches, vocab.expense::matches, vocab.columnHeader::matches,
                        vocab.halfYear::matches, vocab.fullYear::matches, vocab.expenseHeader::matches,
                        vocab.level2Header::matches, vocab.level3Header::matches, vocab::notIndicator, vocab::isTitle);
                askField = vocab::headerField;
                askFunding = vocab::fundingLabel;
                askLevel1 = vocab::level1;
                askLevel2 = vocab::level2;
            }
            int size = raw.size();
            slot = size <= WIDEST_KEPT ? kept(slots, size) : new int[size];
            text = size <= WIDEST_KEPT ? kept(texts, size) : new String[size];
            label = size <= WIDEST_KEPT ? kept(labels, size) : new String[size];
            used = size <= WIDEST_KEPT ? kept(useds, size) : new boolean[size];
            reported = size <= WIDEST_KEPT ? kept(reporteds, size) : new boolean[size];
            if (columns.length < size) {
                columns = new int[size];
            }
            int count = 0;
            hasName = false;
            hasLevel1Header = false;
            for (int i = 0; i < size; i++) {
                String r = raw.get(i);
                int at = r.hashCode() & (seenRaw.length - 1);
                if (seenRaw[at] != r) { // the same string again (a reader's pooled cell): cleaned already
                    seenRaw[at] = r;
                    seenText[at] = clean(r);
                    String l = seenText[at].isEmpty() ? null : norm(seenText[at]);
                    seenLabel[at] = l;
                    seenFacts[at] = l == null ? 0 : (byte) ((vocab.headerField(l) == HeaderField.NAME ? NAME : 0)
                            | (vocab.level1Header.matches(l) ? LEVEL1_HEADER : 0));
                    seenKnown[at] = 0;
                }
                slot[i] = at;
                text[i] = seenText[at];
                label[i] = seenLabel[at];
                hasName |= (seenFacts[at] & NAME) != 0;
                hasLevel1Header |= (seenFacts[at] & LEVEL1_HEADER) != 0;
                used[i] = false;
                reported[i] = false;
                if (!text[i].isEmpty()) {
                    columns[count++] = i;
                }
            }
            filled = count <= WIDEST_KEPT ? kept(filleds, count) : new int[count];
            System.arraycopy(columns, 0, filled, 0, count);
            return this;
        }

        /** The yes/no {@code question}'s answer for the label of column {@code i}. */
        private boolean is(int i, int question) {
            return answer(i, 1 << question, seenYesNo[question], yesNo.get(question));
        }

        boolean isIncome(int i) {
            return is(i, INCOME);
        }

        boolean isExpense(int i) {
            return is(i, EXPENSE);
        }

        boolean isColumnHeader(int i) {
            return is(i, COLUMN_HEADER);
        }

        boolean isHalfYear(int i) {
            return is(i, HALF_YEAR);
        }

        boolean isFullYear(int i) {
            return is(i, FULL_YEAR);
        }

        /** A column header of the half-year plan of the 支出 lines. */
        boolean isExpenseHeader(int i) {
            return is(i, EXPENSE_HEADER);
        }

        boolean isLevel2Header(int i) {
            return is(i, LEVEL2_HEADER);
        }

        boolean isLevel3Header(int i) {
            return is(i, LEVEL3_HEADER);
        }

        /** Whether a row whose first cell is column {@code i} is never an indicator ({@link FormVocabulary#notIndicator}). */
        boolean notIndicator(int i) {
            return is(i, NOT_INDICATOR);
        }

        /** Whether column {@code i} is a form's title ({@link FormVocabulary#isTitle}). */
        boolean isTitle(int i) {
            return is(i, TITLE);
        }

        /** The header field column {@code i} names, or null ({@link FormVocabulary#headerField}). */
        HeaderField field(int i) {
            return answer(i, FIELD, seenField, askField);
        }

        /** The funding source column {@code i} names, or null ({@link FormVocabulary#fundingLabel}). */
        FundingSource funding(int i) {
            return answer(i, FUNDING, seenFunding, askFunding);
        }

        /** The 一级 column {@code i} names, or null ({@link FormVocabulary#level1}). */
        String level1(int i) {
            return answer(i, LEVEL1, seenLevel1, askLevel1);
        }

        /** The 二级 column {@code i} names, or null ({@link FormVocabulary#level2}). */
        String level2(int i) {
            return answer(i, LEVEL2, seenLevel2, askLevel2);
        }

        /** {@code ask}'s answer for the label of column {@code i}, kept in {@code seen} under {@code question}. */
        private <T> T answer(int i, int question, T[] seen, Function<String, T> ask) {
            int at = slot[i];
            if (seenLabel[at] != label[i]) {
                return ask.apply(label[i]); // another cell of this row took the slot over
            }
            if ((seenKnown[at] & question) == 0) {
                seen[at] = ask.apply(label[i]);
                seenKnown[at] |= question;
            }
            return seen[at];
        }

        private static String[] kept(String[][] bySize, int size) {
            if (bySize[size] == null) {
                bySize[size] = new String[size];
            }
            return bySize[size];
        }

        private static int[] kept(int[][] bySize, int size) {
            if (bySize[size] == null) {
                bySize[size] = new int[size];
            }
            return bySize[size];
        }

        private static boolean[] kept(boolean[][] bySize, int size) {
            if (bySize[size] == null) {
                bySize[size] = new boolean[size];
            }
            return bySize[size];
        }

        /** The columns of {@code of} that are not used. */
        int[] unused(int[] of) {
            int[] out = new int[of.length];
            int count = 0;
            for (int i : of) {
                if (!used[i]) {
                    out[count++] = i;
                }
            }
            return count == of.length ? out : Arrays.copyOf(out, count);
        }

        /** Whether every cell of {@code columns} is an amount. */
        boolean numbersOnly(int[] columns) {
            for (int i : columns) {
                if (number(text[i]).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        void use(int[] columns) {
            for (int i : columns) {
                used[i] = true;
            }
        }

        /** The text of {@code columns}, from the {@code from}th on, joined by spaces (for diagnostics). */
        String join(int[] columns, int from) {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k < columns.length; k++) {
                if (k > from) {
                    sb.append(' ');
                }
                sb.append(text[columns[k]]);
            }
            return sb.toString();
        }
    }

    /** {@code -}, {@code /}, {@code —}, {@code 无}: an amount cell that says "not applicable", read as blank. */
    static boolean notApplicable(String n) {
        return switch (n) {
            case "-", "/", "—", "——", "－", "无", "--", "\\" -> true;
            default -> false;
        };
    }

    /**
     * A row of the indicator table read before any 一级: placed under the next 一级. Its cells count as placed until
     * then; {@code cells} is how many, {@code texts} their text (reported if it never finds a place).
     */
    private record Orphan(String level2, Indicator indicator, String location, int cells, List<String> texts) {
    }

    /** One form being read. */
    private final class Form {
        final String location;
        final Map<HeaderField, String> fields = new EnumMap<>(HeaderField.class);
        final Map<FundingSource, BigDecimal> sources = new EnumMap<>(FundingSource.class);
        final List<Expense> expenses = new ArrayList<>();
        final List<L1> level1s = new ArrayList<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final List<Orphan> orphans = new ArrayList<>();
        final List<SourceCell> reported = new ArrayList<>();
        /** The placed cells, kept only while no form has been emitted (a fragment reports them all). */
        final List<SourceCell> placedCells;
        int placed;
        String name = "";
        int year;
        Section section = Section.HEADER;
        boolean content;
        boolean indicatorTable;
        DomainException error;
        FundingSource pendingSource;
        String pendingSourceLocation;
        int pendingExpense = -1;
        /** Whether the last row of the 支出 block was its column headers (a nameless line may follow). */
        boolean expenseHeaderRow;
        int expenseHalfCol = -1;
        int expenseFullCol = -1;
        /** A narrative label that took no text from its row: the next row's lone text cell is its text. */
        HeaderField pendingField;
        /** Whether the row being read has a text label (项目名称, 中长期目标 …). */
        boolean textLabel;
        int nameCol = 2;
        int halfCol = -1;
        int fullCol = -1;
        L1 l1;
        L2 l2;
        String orphanLevel2;

        Form(String location) {
            this.location = location;
            this.placedCells = forms == 0 ? new ArrayList<>() : null;
            if (fragment != null) {
                Form f = fragment;
                fragment = null;
                int count = f.placed + f.reported.size();
                diagnostics.add(Diagnostic.of(f.location, "io.fragment-skipped", count));
                reported.addAll(f.placedCells);
                reported.addAll(f.reported);
                diagnostics.addAll(f.diagnostics);
            }
            if (carried != null) {
                Form f = carried;
                carried = null;
                placed += f.placed;
                if (placedCells != null && f.placedCells != null) {
                    placedCells.addAll(f.placedCells);
                }
                reported.addAll(f.reported);
                diagnostics.addAll(f.diagnostics);
                if (f.year > 0 && year == 0) {
                    year = f.year;
                }
            }
        }

        boolean started() {
            return content || !name.isEmpty();
        }

        /**
         * Counts the row's cells: placed, or reported. A cell that is neither (no branch of the reading took it)
         * is reported here, so that no cell is lost without a word.
         */
        void account(FormRow row, Cells cells) {
            int[] left = null;
            int count = 0;
            for (int i : cells.filled) {
                if (cells.used[i]) {
                    placed++;
                    if (placedCells != null) {
                        placedCells.add(new SourceCell(row.location(i), cells.text[i]));
                    }
                } else {
                    if (!cells.reported[i]) {
                        if (left == null) {
                            left = new int[cells.filled.length];
                        }
                        left[count++] = i;
                    }
                    reported.add(new SourceCell(row.location(i), cells.text[i]));
                }
            }
            if (count > 0) {
                int[] l = Arrays.copyOf(left, count);
                diagnostics.add(Diagnostic.of(row.location(l[0]), "io.ignored", abbreviate(cells.join(l, 0))));
            }
        }

        void row(FormRow row, Cells cells) {
            if (pendingField != null && section == Section.GOALS && pendingText(cells)) {
                return;
            }
            pendingField = null;
            Section before = section;
            int pending = pendingExpense;
            textLabel = false;
            if (section != Section.INDICATORS) {
                headerLabels(cells);
            }
            if (isIndicatorHeader(cells)) {
                startIndicators(cells);
                return;
            }
            int[] rest = cells.unused(cells.filled);
            if (rest.length == 0) {
                return;
            }
            if (textLabel && hasNumber(cells, rest)) {
                // numbers beside a text label (中长期目标 | | | 19 | 39.5): a pending 支出 line's amounts, or reported
                besideLabel(row, cells, rest, before == Section.EXPENSE && section == Section.GOALS ? pending : -1);
                return;
            }
            if (section == Section.HEADER || section == Section.GOALS) {
                startsIncome(cells, rest);
            }
            switch (section) {
                case INCOME -> income(row, cells, rest);
                case EXPENSE -> expense(row, cells, rest);
                case INDICATORS -> indicator(row, cells, rest);
                default -> ignored(row, cells, rest);
            }
        }

        private boolean hasNumber(Cells cells, int[] columns) {
            for (int i : columns) {
                if (number(cells.text[i]).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /** The lone text cell of a row after a narrative label that had none: that label's text. */
        private boolean pendingText(Cells cells) {
            if (cells.filled.length != 1) {
                return false;
            }
            int i = cells.filled[0];
            if (number(cells.text[i]).isPresent() || cells.field(i) != null || cells.isColumnHeader(i)
                    || cells.hasLevel1Header || cells.isIncome(i)) {
                return false;
            }
            fields.put(pendingField, cells.text[i]);
            cells.used[i] = true;
            pendingField = null;
            return true;
        }

        private void besideLabel(FormRow row, Cells cells, int[] rest, int pending) {
            int[] numbers = new int[rest.length];
            int count = 0;
            for (int i : rest) {
                if (number(cells.text[i]).isPresent()) {
                    numbers[count++] = i;
                }
            }
            numbers = Arrays.copyOf(numbers, count);
            if (count > 0 && pending >= 0) {
                Expense e = withAmounts(expenses.get(pending), row, cells, numbers);
                expenses.set(pending, e);
                cells.use(numbers);
                diagnostics.add(Diagnostic.of(row.location(numbers[0]), "io.amount-beside-label", e.name(),
                        labelOf(cells)));
            } else if (count > 0) {
                report(row, cells, numbers, "io.number-beside-label", labelOf(cells),
                        abbreviate(cells.join(numbers, 0)));
            }
            int[] left = cells.unused(rest);
            int[] text = new int[left.length];
            int t = 0;
            for (int i : left) {
                if (!cells.reported[i]) {
                    text[t++] = i;
                }
            }
            if (t > 0) {
                ignored(row, cells, Arrays.copyOf(text, t));
            }
        }

        /** The text label of a row (for messages). */
        private String labelOf(Cells cells) {
            for (int i : cells.filled) {
                HeaderField f = cells.field(i);
                if (f != null && TEXT_FIELDS.contains(f)) {
                    return cells.text[i];
                }
            }
            return "";
        }

        /** A 项目资金 or 收入 cell (or another income label of the vocabulary) starts the funding table. */
        private void startsIncome(Cells cells, int[] rest) {
            for (int i : rest) {
                if (cells.isIncome(i)) {
                    section = Section.INCOME;
                    content = true;
                    return;
                }
            }
        }

        private void ignored(FormRow row, Cells cells, int[] columns) {
            report(row, cells, columns, "io.ignored", abbreviate(cells.join(columns, 0)));
        }

        /** Reports {@code columns} as not placed, with the diagnostic {@code key} at the first of them. */
        private void report(FormRow row, Cells cells, int[] columns, String key, Object... args) {
            for (int i : columns) {
                cells.reported[i] = true;
            }
            diagnostics.add(Diagnostic.of(row.location(columns[0]), key, args));
        }

        private void headerLabels(Cells cells) {
            int[] filled = cells.filled;
            for (int k = 0; k < filled.length; k++) {
                int i = filled[k];
                if (cells.used[i]) {
                    continue;
                }
                HeaderField field = cells.field(i);
                if (field == null) {
                    continue;
                }
                cells.used[i] = true;
                content = true;
                textLabel |= TEXT_FIELDS.contains(field);
                String value = "";
                if (k + 1 < filled.length) {
                    int j = filled[k + 1];
                    // a label never takes a label, and a text label never a bare number (it belongs elsewhere)
                    if (cells.field(j) == null && !cells.isColumnHeader(j)
                            && cells.funding(j) == null && !cells.isIncome(j)
                            && !(TEXT_FIELDS.contains(field) && number(cells.text[j]).isPresent())) {
                        value = cells.text[j];
                        cells.used[j] = true;
                    }
                }
                if (field == HeaderField.NAME) {
                    name = value;
                } else {
                    fields.merge(field, value, (a, b) -> a.isEmpty() ? b : a);
                }
                if (field == HeaderField.MID_TERM_GOAL || field == HeaderField.ANNUAL_GOAL) {
                    section = Section.GOALS;
                    pendingSource = null;
                    pendingExpense = -1;
                    if (value.isEmpty() && fields.getOrDefault(field, "").isEmpty()) {
                        pendingField = field;
                    }
                }
            }
        }

        private boolean isIndicatorHeader(Cells cells) {
            if (!cells.hasLevel1Header) {
                return false; // asked of every row: most have no 一级指标 cell, and the rest need not be looked at
            }
            for (int i : cells.filled) {
                if (cells.isLevel3Header(i) || cells.isLevel2Header(i)) {
                    return true;
                }
            }
            return false;
        }

        private void startIndicators(Cells cells) {
            section = Section.INDICATORS;
            indicatorTable = true;
            content = true;
            for (int i : cells.filled) {
                cells.used[i] = true;
                if (cells.isLevel3Header(i)) {
                    nameCol = i;
                } else if (cells.isHalfYear(i)) {
                    halfCol = i;
                } else if (cells.isFullYear(i)) {
                    fullCol = i;
                }
            }
        }

        // ---- 项目资金 -------------------------------------------------------------------------------

        /** Whether {@code rest} is a row of column headers alone, one of them the half-year plan's (支出 lost). */
        private boolean expenseHeaderAlone(Cells cells, int[] rest) {
            boolean plan = false;
            for (int i : rest) {
                if (!cells.isColumnHeader(i)) {
                    return false;
                }
                plan |= cells.isExpenseHeader(i);
            }
            return plan;
        }

        private void income(FormRow row, Cells cells, int[] rest) {
            if (cells.numbersOnly(rest)) {
                if (pendingSource != null) {
                    String label = pendingSource.label();
                    sources.put(pendingSource, number(cells.text[rest[0]]).orElseThrow());
                    cells.used[rest[0]] = true;
                    diagnostics.add(Diagnostic.of(row.location(rest[0]), "io.amount-next-row", label));
                    pendingSource = null;
                    if (rest.length > 1) {
                        int[] more = Arrays.copyOfRange(rest, 1, rest.length);
                        report(row, cells, more, "io.extra-cells", label, abbreviate(cells.join(more, 0)));
                    }
                } else {
                    ignored(row, cells, rest);
                }
                return;
            }
            if (expenseHeaderAlone(cells, rest)) {
                startExpenses(row, cells, rest);
                return;
            }
            boolean expensesStart = false;
            for (int k = 0; k < rest.length; k++) {
                int i = rest[k];
                if (cells.used[i]) {
                    continue;
                }
                FundingSource s = cells.funding(i);
                if (s != null) {
                    cells.used[i] = true;
                    Optional<BigDecimal> amount = Optional.empty();
                    boolean stated = false;
                    for (int m = k + 1; m < rest.length; m++) {
                        int j = rest[m];
                        if (s == FundingSource.FISCAL && cells.funding(j) == FundingSource.FISCAL) {
                            cells.used[j] = true; // 财政拨款 | 小计
                            continue;
                        }
                        if (cells.isColumnHeader(j)) {
                            cells.used[j] = true;
                            continue;
                        }
                        if (cells.funding(j) != null || cells.isExpense(j)) {
                            break;
                        }
                        cells.used[j] = true;
                        stated = true;
                        if (notApplicable(cells.label[j])) {
                            break;
                        }
                        amount = number(cells.text[j]);
                        if (amount.isEmpty()) {
                            throw badAmount(row.location(j), s.label(), cells.text[j]);
                        }
                        break;
                    }
                    if (amount.isPresent()) {
                        sources.put(s, amount.get());
                        pendingSource = null;
                    } else if (stated) {
                        pendingSource = null;
                    } else {
                        pendingSource = s;
                        pendingSourceLocation = row.location(i);
                    }
                    continue;
                }
                if (cells.isExpense(i)) {
                    cells.used[i] = true;
                    expensesStart = true;
                } else if (cells.isIncome(i) || cells.isColumnHeader(i)) {
                    cells.used[i] = true;
                }
            }
            if (expensesStart) {
                startExpenses(row, cells, rest);
                return;
            }
            int[] left = cells.unused(rest);
            if (left.length > 0) {
                ignored(row, cells, left);
            }
        }

        private void startExpenses(FormRow row, Cells cells, int[] rest) {
            section = Section.EXPENSE;
            pendingSource = null;
            expenseHalfCol = -1;
            expenseFullCol = -1;
            expense(row, cells, rest);
        }

        /** An expense line of {@code rest}, skipping column headers, 支出 and the cells {@code income} used. */
        private void expense(FormRow row, Cells cells, int[] rest) {
            int[] left = new int[rest.length];
            int count = 0;
            boolean headers = false;
            for (int i : rest) {
                if (cells.isColumnHeader(i)) {
                    if (cells.isHalfYear(i)) {
                        expenseHalfCol = i;
                    } else if (cells.isFullYear(i)) {
                        expenseFullCol = i;
                    }
                    cells.used[i] = true;
                    headers = true;
                    continue;
                }
                if (cells.isExpense(i)) {
                    cells.used[i] = true;
                    continue;
                }
                if (!cells.used[i]) {
                    left[count++] = i;
                }
            }
            if (count == 0) {
                expenseHeaderRow = headers || expenseHeaderRow;
                return;
            }
            boolean afterHeader = expenseHeaderRow;
            expenseHeaderRow = false;
            left = Arrays.copyOf(left, count);
            if (numbersOrBlank(cells, left)) {
                if (pendingExpense >= 0) {
                    Expense e = withAmounts(expenses.get(pendingExpense), row, cells, left);
                    expenses.set(pendingExpense, e);
                    cells.use(left);
                    diagnostics.add(Diagnostic.of(row.location(left[0]), "io.amount-next-row", e.name()));
                    pendingExpense = -1;
                } else if (afterHeader || !expenses.isEmpty() || headers) {
                    // | | 1.5 | | 1.5 |: a line whose name was lost; kept under a made-up name, and said so
                    String made = "支出" + (expenses.size() + 1);
                    expenses.add(withAmounts(new Expense(made, Optional.empty(), Optional.empty()), row, cells, left));
                    cells.use(left);
                    diagnostics.add(Diagnostic.of(row.location(left[0]), "io.expense-unnamed", made,
                            abbreviate(cells.join(left, 0))));
                } else {
                    ignored(row, cells, left);
                }
                return;
            }
            int nameIndex = left[0];
            String expenseName = cells.text[nameIndex];
            if (number(expenseName).isPresent()) {
                throw new DomainException("io.expense-no-name", row.location(nameIndex), expenseName);
            }
            int[] amounts = Arrays.copyOfRange(left, 1, left.length);
            for (int j : amounts) {
                if (number(cells.text[j]).isEmpty() && !notApplicable(cells.label[j])) {
                    throw badAmount(row.location(j), expenseName, cells.text[j]);
                }
            }
            cells.used[nameIndex] = true;
            Expense e = new Expense(expenseName, Optional.empty(), Optional.empty());
            if (amounts.length == 0) {
                expenses.add(e);
                pendingExpense = expenses.size() - 1;
                expenseHeaderRow = headers;
            } else {
                expenses.add(withAmounts(e, row, cells, amounts));
                cells.use(Arrays.copyOf(amounts, Math.min(2, amounts.length)));
                pendingExpense = -1;
            }
        }

        private boolean numbersOrBlank(Cells cells, int[] columns) {
            boolean number = false;
            for (int i : columns) {
                if (number(cells.text[i]).isPresent()) {
                    number = true;
                } else if (!notApplicable(cells.label[i])) {
                    return false;
                }
            }
            return number;
        }

        /**
         * {@code e} with the amounts of {@code amounts}: two or more are 半年 then 全年 (more are reported), one goes
         * to the column header nearest to it. The caller marks the cells placed (the first two).
         */
        private Expense withAmounts(Expense e, FormRow row, Cells cells, int[] amounts) {
            if (amounts.length > 2) {
                int[] more = Arrays.copyOfRange(amounts, 2, amounts.length);
                report(row, cells, more, "io.extra-cells", e.name(), abbreviate(cells.join(amounts, 2)));
            }
            if (amounts.length >= 2) {
                return e.withHalf(number(cells.text[amounts[0]])).withFull(number(cells.text[amounts[1]]));
            }
            int col = amounts[0];
            Optional<BigDecimal> a = number(cells.text[col]);
            boolean half;
            if (expenseHalfCol >= 0 && expenseFullCol >= 0) {
                half = Math.abs(col - expenseHalfCol) < Math.abs(col - expenseFullCol);
            } else {
                half = expenseHalfCol >= 0;
            }
            return half ? e.withHalf(a) : e.withFull(a);
        }

        // ---- indicators -----------------------------------------------------------------------------

        private void indicator(FormRow row, Cells cells, int[] rest) {
            if (cells.notIndicator(rest[0])) {
                report(row, cells, rest, "io.not-indicator", abbreviate(cells.text[rest[0]]));
                return;
            }
            String level1 = null;
            String level2 = null;
            int nameIndex = -1;
            int[] values = new int[rest.length];
            int valueCount = 0;
            for (int i : rest) {
                String one = nameIndex < 0 && level2 == null && level1 == null ? cells.level1(i) : null;
                String two = one == null && nameIndex < 0 && level2 == null ? cells.level2(i) : null;
                if (one != null) {
                    level1 = one;
                } else if (two != null && (level1 != null || i < nameCol || l2 == null || !l2.name.equals(two))) {
                    level2 = two;
                } else if (nameIndex < 0) {
                    nameIndex = i;
                } else {
                    values[valueCount++] = i;
                    continue;
                }
                cells.used[i] = true;
            }
            if (level1 != null) {
                startLevel1(level1, row);
            }
            if (level2 != null) {
                if (l1 == null) {
                    String inferred = sectionOf(level2);
                    if (inferred != null) {
                        // the 一级 cell left empty by a merged cell: the 二级 names it
                        diagnostics.add(Diagnostic.of(row.location(), "io.level1-inferred", inferred, level2));
                        startLevel1(inferred, row);
                        l2 = l1.level2(level2);
                    } else {
                        orphanLevel2 = level2;
                    }
                } else {
                    l2 = l1.level2(level2);
                }
            }
            if (nameIndex < 0) {
                return;
            }
            String name = cells.text[nameIndex];
            IndicatorValue half = IndicatorValue.Blank.INSTANCE;
            IndicatorValue full = IndicatorValue.Blank.INSTANCE;
            if (valueCount >= 2) {
                half = ValueGrammar.parse(cells.text[values[0]]);
                full = ValueGrammar.parse(cells.text[values[1]]);
                cells.used[values[0]] = true;
                cells.used[values[1]] = true;
                if (valueCount > 2) {
                    int[] more = Arrays.copyOfRange(values, 2, valueCount);
                    report(row, cells, more, "io.extra-cells", name, abbreviate(cells.join(more, 0)));
                }
            } else if (valueCount == 1) {
                int col = values[0];
                IndicatorValue v = ValueGrammar.parse(cells.text[col]);
                cells.used[col] = true;
                if (fullCol >= 0 && col >= fullCol) {
                    full = v;
                    diagnostics.add(Diagnostic.of(row.location(col), "io.missing-half", name));
                } else {
                    half = v;
                    diagnostics.add(Diagnostic.of(row.location(col), "io.missing-full", name));
                }
            } else {
                diagnostics.add(Diagnostic.of(row.location(nameIndex), "io.no-values", name));
            }
            Indicator indicator = new Indicator(name, half, full);
            if (l1 == null) {
                List<String> texts = new ArrayList<>();
                int n = 0;
                for (int i : rest) {
                    if (cells.used[i]) {
                        texts.add(cells.text[i]);
                        n++;
                    }
                }
                orphans.add(new Orphan(orphanLevel2, indicator, row.location(nameIndex), n, texts));
            } else if (l2 == null) {
                int[] row3 = placedOf(cells, rest);
                for (int i : row3) {
                    cells.used[i] = false;
                }
                report(row, cells, row3, "io.unplaced-no-level2", name, l1.name);
            } else {
                l2.indicators.add(indicator);
            }
        }

        /** The columns of {@code rest} placed so far in this row. */
        private int[] placedOf(Cells cells, int[] rest) {
            int[] out = new int[rest.length];
            int count = 0;
            for (int i : rest) {
                if (cells.used[i]) {
                    out[count++] = i;
                }
            }
            return Arrays.copyOf(out, count);
        }

        /** The Jiangsu 一级 a 二级 belongs to, or null. */
        private String sectionOf(String level2) {
            for (Framework.Section s : Framework.JIANGSU.sections()) {
                if (s.level2().contains(level2)) {
                    return s.name();
                }
            }
            return null;
        }

        private void startLevel1(String name, FormRow row) {
            if (l1 == null || !l1.name.equals(name)) {
                l1 = new L1(name);
                level1s.add(l1);
                l2 = null;
            }
            for (Orphan o : orphans) {
                if (o.level2() == null) {
                    unplaced(o);
                    continue;
                }
                l2 = l1.level2(o.level2());
                l2.indicators.add(o.indicator());
                diagnostics.add(Diagnostic.of(o.location(), "io.placed-below", o.indicator().name(),
                        l1.name + "/" + o.level2(), row.location()));
            }
            orphans.clear();
            orphanLevel2 = null;
        }

        /** An orphan row that found no place: its cells move from placed to reported. */
        private void unplaced(Orphan o) {
            diagnostics.add(Diagnostic.of(o.location(), "io.unplaced", o.indicator().name()));
            placed -= o.cells();
            for (String t : o.texts()) {
                reported.add(new SourceCell(o.location(), t));
            }
        }

        ImportedForm build() {
            if (name.isBlank()) {
                throw new DomainException("io.no-name", location);
            }
            if (!indicatorTable) {
                throw new DomainException("io.no-indicator-table", location, name);
            }
            for (Orphan o : orphans) {
                unplaced(o);
            }
            if (pendingSource != null) {
                diagnostics.add(Diagnostic.of(pendingSourceLocation, "io.no-amount", pendingSource.label()));
            }
            if (year == 0) {
                String start = fields.getOrDefault(HeaderField.START, "");
                if (start.matches("\\d{4}")) {
                    year = Integer.parseInt(start);
                }
                diagnostics.add(Diagnostic.of(location, "io.no-year", year));
            }
            Header header = new Header(name, get(HeaderField.DEPARTMENT), get(HeaderField.TYPE),
                    get(HeaderField.LEVEL), get(HeaderField.START), get(HeaderField.END),
                    get(HeaderField.IMPLEMENTER), get(HeaderField.CONTACT), year, get(HeaderField.TITLE));
            Narrative narrative = new Narrative(get(HeaderField.NECESSITY), get(HeaderField.FEASIBILITY),
                    get(HeaderField.CONTENT), get(HeaderField.OVERVIEW), get(HeaderField.FEASIBILITY_NOTE),
                    get(HeaderField.MID_TERM_GOAL), get(HeaderField.ANNUAL_GOAL));
            IndicatorTree tree = DraftTree.tree(level1s);
            Declaration d = new Declaration(0, 0, header, narrative, new Funding(sources, expenses),
                    Framework.JIANGSU.id(), tree);
            return ImportedForm.ok(location, d, diagnostics, placed, reported);
        }

        private String get(HeaderField f) {
            return fields.getOrDefault(f, "");
        }
    }

    /** Header fields whose value is text: a bare number beside their label is not their value. */
    private static final Set<HeaderField> TEXT_FIELDS = EnumSet.of(HeaderField.NAME, HeaderField.DEPARTMENT,
            HeaderField.IMPLEMENTER, HeaderField.NECESSITY, HeaderField.FEASIBILITY, HeaderField.CONTENT,
            HeaderField.OVERVIEW, HeaderField.FEASIBILITY_NOTE, HeaderField.MID_TERM_GOAL, HeaderField.ANNUAL_GOAL);

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 30 ? one : one.substring(0, 29) + "…";
    }
}
