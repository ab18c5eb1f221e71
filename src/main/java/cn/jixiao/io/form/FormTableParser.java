package cn.jixiao.io.form;

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
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.model.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Recognises official forms (项目预算绩效目标表) in rows of cells, whatever produced the rows: a Markdown table
 * converted from PDF, text pasted from Excel or Word, a spreadsheet. Cells are found by their labels, not by
 * fixed columns, because conversions shift cells left or right:
 * <ul>
 *   <li>a title row (…绩效目标表 / …绩效目标申报表) or a second 项目名称 starts a new form; {@code 2026年度} gives
 *       the year;</li>
 *   <li>header and narrative labels (项目名称, 主管部门, 单位, 项目概述, 中长期目标, 绩效目标 …) take the next
 *       non-empty cell that is not itself a label;</li>
 *   <li>after 项目资金 / 收入: a funding label (资金总额, 财政拨款 or 小计, 一般公共预算资金 …) takes the amount
 *       after it, or the amount on the next row when the row has none;</li>
 *   <li>after 支出: each line is a name and up to two amounts (半年, 全年), again possibly on the next row; a single
 *       amount goes to the column header nearest to it;</li>
 *   <li>after the 一级指标/二级指标/三级指标 header: a known 一级 name starts a 一级, a known 二级 name a 二级, in
 *       whatever column it sits; the first other cell is the 三级 name and the cells after it its 半年 and 全年
 *       values. The tree is kept as the form has it: a misplaced row stays misplaced for validation to report.</li>
 * </ul>
 * What cannot be placed is reported as a {@link Diagnostic} with its location. A form that cannot be read at all
 * (no project name, no indicator table, an amount that is not a number) is emitted as failed, with the error.
 */
public final class FormTableParser {
    private static final Pattern TAGS = Pattern.compile("(?i)</?(p|br|span|div|b|strong|em|i|u|font)\\b[^>]*>");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p[^>]*>|<br\\s*/?>");

    static final Map<String, HeaderField> HEADER_LABELS = new LinkedHashMap<>();

    static {
        for (HeaderField f : HeaderField.values()) {
            if (f != HeaderField.YEAR) {
                HEADER_LABELS.put(f.label(), f);
            }
        }
        HEADER_LABELS.put("单位", HeaderField.IMPLEMENTER);
        HEADER_LABELS.put("项目负责人", HeaderField.CONTACT);
        HEADER_LABELS.put("联系电话", HeaderField.CONTACT);
        HEADER_LABELS.put("项目负责人及联系电话", HeaderField.CONTACT);
        HEADER_LABELS.put("绩效目标", HeaderField.ANNUAL_GOAL);
        HEADER_LABELS.put("年度绩效目标", HeaderField.ANNUAL_GOAL);
    }

    /** 一级 names recognised anywhere in the indicator table (成本指标 is read as the Jiangsu 二级). */
    static final Set<String> LEVEL1 = Set.of("决策", "过程", "产出指标", "效益指标", "满意度指标", "产出", "效益",
            "满意度", "履职", "可持续发展");
    /** 二级 names recognised anywhere in the indicator table. */
    static final Set<String> LEVEL2 = new HashSet<>(List.of("经济成本指标", "社会成本指标", "生态环境成本指标",
            "经济成本", "社会成本", "生态环境成本", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
            "服务对象满意度指标"));

    static {
        for (Framework.Section s : Framework.JIANGSU.sections()) {
            LEVEL2.addAll(s.level2());
        }
    }

    private enum Section { HEADER, INCOME, EXPENSE, GOALS, INDICATORS }

    private final Consumer<ImportedForm> sink;
    private final String file;
    private Form form;
    private int forms;

    public FormTableParser(String file, Consumer<ImportedForm> sink) {
        this.file = file;
        this.sink = sink;
    }

    /** What a text reader does with one line of its file: turn it into rows (or a failure) for the parser. */
    public interface LineHandler {
        void line(FormTableParser parser, int number, String text);
    }

    /**
     * Reads a text file line by line into a parser and finishes it: the loop the Markdown and tab-separated readers
     * share. Lines are numbered from 1; a byte-order mark at the start of the file is dropped.
     */
    public static void readLines(Reader in, String file, Consumer<ImportedForm> sink, LineHandler each) {
        FormTableParser parser = new FormTableParser(file, sink);
        try (BufferedReader r = new BufferedReader(in)) {
            int line = 0;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                each.line(parser, line, line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text);
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

    /** A label as compared: no whitespace or line breaks, ASCII parentheses. */
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
            sb.append(c == '（' ? '(' : c == '）' ? ')' : c);
        }
        return sb.toString();
    }

    /** Whether {@link #norm} drops or replaces {@code c}. */
    private static boolean changes(char c) {
        return isSpace(c) || c == '（' || c == '）';
    }

    /**
     * {@code Character.isWhitespace} (which includes the ideographic space), without its table lookup for letters
     * and CJK characters: there is no whitespace between {@code ' '} and U+1680 or after U+3000.
     */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return Character.isWhitespace(c);
        }
        return c >= '\u1680' && c <= '\u3000' && (c == '\u3000' || Character.isWhitespace(c));
    }

    static boolean isTitle(String n) {
        return n.length() <= 40 && (n.contains("绩效目标表") || n.contains("绩效目标申报表"));
    }

    /** A column header of the funding or indicator table (全年(程)预算数, 半年(程)计划执行数, 指标值 …). */
    static boolean isColumnHeader(String n) {
        return n.contains("预算数") || n.contains("执行数") || n.contains("指标值") || n.equals("项目支出明细")
                || n.equals("支出明细");
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

    /** The funding source a label names, or null (a nullable result: this is asked of many cells per row). */
    static FundingSource fundingLabel(String n) {
        if (n.equals("小计") || n.startsWith("财政拨款")) {
            return FundingSource.FISCAL;
        }
        for (FundingSource s : FundingSource.values()) {
            if (s.label().equals(n)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The year of a {@code 2026年度} or {@code 2026年} row ({@code ^(\d{4})年度?$}, ASCII digits), or -1. Checked by
     * hand: every single-cell row is asked.
     */
    static int year(String n) {
        int len = n.length();
        if ((len != 5 && len != 6) || n.charAt(4) != '年' || (len == 6 && n.charAt(5) != '度')) {
            return -1;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char d = n.charAt(i);
            if (d < '0' || d > '9') {
                return -1;
            }
            year = year * 10 + (d - '0');
        }
        return year;
    }

    /** Feeds one row. */
    public void row(FormRow row) {
        Cells cells = new Cells(row.cells());
        int[] filled = cells.filled;
        if (filled.length == 0) {
            return;
        }
        if (filled.length == 1) {
            String n = cells.label[filled[0]];
            if (isTitle(n)) {
                finishForm();
                form = new Form(row.location());
                return;
            }
            int year = year(n);
            if (year >= 0) {
                if (form == null || form.started()) {
                    finishForm();
                    form = new Form(row.location());
                }
                form.year = year;
                return;
            }
        }
        if (cells.has("项目名称") && form != null && !form.name.isEmpty()) {
            finishForm();
        }
        if (form == null) {
            form = new Form(row.location());
        }
        if (form.error != null) {
            return;
        }
        try {
            form.row(row, cells);
        } catch (DomainException e) {
            form.error = e;
        }
    }

    /** Ends the form being read, if any (a spreadsheet's next sheet is a new form). */
    public void endForm() {
        finishForm();
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
        finishForm();
        if (forms == 0) {
            throw new DomainException("io.no-forms", file);
        }
    }

    private void finishForm() {
        Form f = form;
        form = null;
        if (f == null || (!f.started() && f.error == null)) {
            return;
        }
        forms++;
        if (f.error != null) {
            sink.accept(ImportedForm.failed(f.location, f.error));
            return;
        }
        try {
            sink.accept(f.build());
        } catch (DomainException e) {
            sink.accept(ImportedForm.failed(f.location, e));
        }
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * The cells of one row as the parser compares them. Each cell is cleaned and its label normalised once, here:
     * the recognising asks about the same cell many times. Lists of cells are arrays of column indices, left to
     * right; {@code used} marks the cells a label has already taken in this row.
     */
    private static final class Cells {
        /** The cleaned text of every cell, empty ones included (columns keep their indices). */
        final String[] text;
        /** {@link #norm} of every non-empty cell; null for empty ones. */
        final String[] label;
        /** The columns of the non-empty cells. */
        final int[] filled;
        final boolean[] used;

        Cells(List<String> raw) {
            int size = raw.size();
            text = new String[size];
            label = new String[size];
            used = new boolean[size];
            int[] columns = new int[size];
            int count = 0;
            for (int i = 0; i < size; i++) {
                String t = clean(raw.get(i));
                text[i] = t;
                if (!t.isEmpty()) {
                    label[i] = norm(t);
                    columns[count++] = i;
                }
            }
            filled = count == size ? columns : Arrays.copyOf(columns, count);
        }

        /** Whether a non-empty cell has the label {@code n}. */
        boolean has(String n) {
            for (int i : filled) {
                if (label[i].equals(n)) {
                    return true;
                }
            }
            return false;
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

    private static final class L1 {
        final String name;
        final List<L2> children = new ArrayList<>();

        L1(String name) {
            this.name = name;
        }
    }

    private static final class L2 {
        final String name;
        final List<Indicator> indicators = new ArrayList<>();

        L2(String name) {
            this.name = name;
        }
    }

    /** A row of the indicator table read before any 一级: placed under the next 一级. */
    private record Orphan(String level2, Indicator indicator, String location) {
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
        String name = "";
        int year;
        Section section = Section.HEADER;
        boolean content;
        boolean indicatorTable;
        DomainException error;
        FundingSource pendingSource;
        String pendingSourceLocation;
        int pendingExpense = -1;
        int expenseHalfCol = -1;
        int expenseFullCol = -1;
        int nameCol = 2;
        int halfCol = -1;
        int fullCol = -1;
        L1 l1;
        L2 l2;
        String orphanLevel2;

        Form(String location) {
            this.location = location;
        }

        boolean started() {
            return content || !name.isEmpty();
        }

        void row(FormRow row, Cells cells) {
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

        /** A 项目资金 or 收入 cell starts the funding table. */
        private void startsIncome(Cells cells, int[] rest) {
            for (int i : rest) {
                String n = cells.label[i];
                if (n.startsWith("项目资金") || n.equals("收入")) {
                    section = Section.INCOME;
                    content = true;
                    return;
                }
            }
        }

        private void ignored(FormRow row, Cells cells, int[] columns) {
            diagnostics.add(Diagnostic.of(row.location(columns[0]), "io.ignored", abbreviate(cells.join(columns, 0))));
        }

        private void headerLabels(Cells cells) {
            int[] filled = cells.filled;
            for (int k = 0; k < filled.length; k++) {
                int i = filled[k];
                if (cells.used[i]) {
                    continue;
                }
                HeaderField field = HEADER_LABELS.get(cells.label[i]);
                if (field == null) {
                    continue;
                }
                cells.used[i] = true;
                content = true;
                String value = "";
                if (k + 1 < filled.length) {
                    int j = filled[k + 1];
                    String next = cells.label[j];
                    if (!HEADER_LABELS.containsKey(next) && !isColumnHeader(next) && fundingLabel(next) == null
                            && !next.equals("收入") && !next.startsWith("项目资金")) {
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
                }
            }
        }

        private boolean isIndicatorHeader(Cells cells) {
            boolean one = false;
            boolean other = false;
            for (int i : cells.filled) {
                String n = cells.label[i];
                one |= n.equals("一级指标");
                other |= n.equals("三级指标") || n.equals("二级指标");
            }
            return one && other;
        }

        private void startIndicators(Cells cells) {
            section = Section.INDICATORS;
            indicatorTable = true;
            content = true;
            for (int i : cells.filled) {
                String n = cells.label[i];
                if (n.equals("三级指标")) {
                    nameCol = i;
                } else if (n.contains("半年")) {
                    halfCol = i;
                } else if (n.contains("全年")) {
                    fullCol = i;
                }
            }
        }

        // ---- 项目资金 -------------------------------------------------------------------------------

        private void income(FormRow row, Cells cells, int[] rest) {
            if (cells.numbersOnly(rest)) {
                if (pendingSource != null) {
                    sources.put(pendingSource, number(cells.text[rest[0]]).orElseThrow());
                    diagnostics.add(Diagnostic.of(row.location(rest[0]), "io.amount-next-row",
                            pendingSource.label()));
                    pendingSource = null;
                } else {
                    ignored(row, cells, rest);
                }
                return;
            }
            boolean expenses = false;
            for (int k = 0; k < rest.length; k++) {
                int i = rest[k];
                if (cells.used[i]) {
                    continue;
                }
                String n = cells.label[i];
                FundingSource s = fundingLabel(n);
                if (s != null) {
                    cells.used[i] = true;
                    Optional<BigDecimal> amount = Optional.empty();
                    for (int m = k + 1; m < rest.length; m++) {
                        int j = rest[m];
                        String next = cells.label[j];
                        if (s == FundingSource.FISCAL && next.equals("小计")) {
                            cells.used[j] = true;
                            continue;
                        }
                        if (isColumnHeader(next)) {
                            cells.used[j] = true;
                            continue;
                        }
                        if (fundingLabel(next) != null || next.equals("支出")) {
                            break;
                        }
                        cells.used[j] = true;
                        amount = number(cells.text[j]);
                        if (amount.isEmpty()) {
                            throw new DomainException("io.bad-amount", row.location(j), s.label(), cells.text[j]);
                        }
                        break;
                    }
                    if (amount.isPresent()) {
                        sources.put(s, amount.get());
                        pendingSource = null;
                    } else {
                        pendingSource = s;
                        pendingSourceLocation = row.location(i);
                    }
                    continue;
                }
                if (n.equals("支出")) {
                    cells.used[i] = true;
                    expenses = true;
                } else if (n.startsWith("项目资金") || n.equals("收入") || isColumnHeader(n)) {
                    cells.used[i] = true;
                }
            }
            if (expenses) {
                section = Section.EXPENSE;
                pendingSource = null;
                expenseHalfCol = -1;
                expenseFullCol = -1;
                expense(row, cells, rest);
                return;
            }
            int[] left = cells.unused(rest);
            if (left.length > 0) {
                ignored(row, cells, left);
            }
        }

        /** An expense line of {@code rest}, skipping column headers, 支出 and the cells {@code income} used. */
        private void expense(FormRow row, Cells cells, int[] rest) {
            int[] left = new int[rest.length];
            int count = 0;
            for (int i : rest) {
                String n = cells.label[i];
                if (isColumnHeader(n)) {
                    if (n.contains("半年")) {
                        expenseHalfCol = i;
                    } else if (n.contains("全年")) {
                        expenseFullCol = i;
                    }
                    continue;
                }
                if (!cells.used[i] && !n.equals("支出")) {
                    left[count++] = i;
                }
            }
            if (count == 0) {
                return;
            }
            left = Arrays.copyOf(left, count);
            if (cells.numbersOnly(left)) {
                if (pendingExpense >= 0) {
                    Expense e = withAmounts(expenses.get(pendingExpense), row, cells, left);
                    expenses.set(pendingExpense, e);
                    diagnostics.add(Diagnostic.of(row.location(left[0]), "io.amount-next-row", e.name()));
                    pendingExpense = -1;
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
                if (number(cells.text[j]).isEmpty()) {
                    throw new DomainException("io.bad-amount", row.location(j), expenseName, cells.text[j]);
                }
            }
            Expense e = new Expense(expenseName, Optional.empty(), Optional.empty());
            if (amounts.length == 0) {
                expenses.add(e);
                pendingExpense = expenses.size() - 1;
            } else {
                expenses.add(withAmounts(e, row, cells, amounts));
                pendingExpense = -1;
            }
        }

        private Expense withAmounts(Expense e, FormRow row, Cells cells, int[] amounts) {
            if (amounts.length > 2) {
                diagnostics.add(Diagnostic.of(row.location(amounts[2]), "io.extra-cells", e.name(),
                        abbreviate(cells.join(amounts, 2))));
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
            String level1 = null;
            String level2 = null;
            int nameIndex = -1;
            int[] values = new int[rest.length];
            int valueCount = 0;
            for (int i : rest) {
                String cell = cells.text[i];
                String n = cells.label[i];
                if (nameIndex < 0 && level2 == null && level1 == null && LEVEL1.contains(n)) {
                    level1 = cell;
                } else if (nameIndex < 0 && level2 == null && LEVEL2.contains(n)
                        && (level1 != null || i < nameCol || l2 == null || !l2.name.equals(cell))) {
                    level2 = cell;
                } else if (nameIndex < 0) {
                    nameIndex = i;
                } else {
                    values[valueCount++] = i;
                }
            }
            if (level1 != null) {
                startLevel1(level1, row);
            }
            if (level2 != null) {
                if (l1 == null) {
                    orphanLevel2 = level2;
                } else {
                    l2 = level2(l1, level2);
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
                if (valueCount > 2) {
                    diagnostics.add(Diagnostic.of(row.location(values[2]), "io.extra-cells", name,
                            abbreviate(cells.join(Arrays.copyOf(values, valueCount), 2))));
                }
            } else if (valueCount == 1) {
                int col = values[0];
                IndicatorValue v = ValueGrammar.parse(cells.text[col]);
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
                orphans.add(new Orphan(orphanLevel2, indicator, row.location(nameIndex)));
            } else if (l2 == null) {
                diagnostics.add(Diagnostic.of(row.location(nameIndex), "io.unplaced-no-level2", name, l1.name));
            } else {
                l2.indicators.add(indicator);
            }
        }

        private void startLevel1(String name, FormRow row) {
            if (l1 == null || !l1.name.equals(name)) {
                l1 = new L1(name);
                level1s.add(l1);
                l2 = null;
            }
            for (Orphan o : orphans) {
                if (o.level2() == null) {
                    diagnostics.add(Diagnostic.of(o.location(), "io.unplaced", o.indicator().name()));
                    continue;
                }
                l2 = level2(l1, o.level2());
                l2.indicators.add(o.indicator());
                diagnostics.add(Diagnostic.of(o.location(), "io.placed-below", o.indicator().name(),
                        l1.name + "/" + o.level2(), row.location()));
            }
            orphans.clear();
            orphanLevel2 = null;
        }

        private L2 level2(L1 parent, String name) {
            for (L2 c : parent.children) {
                if (c.name.equals(name)) {
                    return c;
                }
            }
            L2 c = new L2(name);
            parent.children.add(c);
            return c;
        }

        ImportedForm build() {
            if (name.isBlank()) {
                throw new DomainException("io.no-name", location);
            }
            if (!indicatorTable) {
                throw new DomainException("io.no-indicator-table", location, name);
            }
            for (Orphan o : orphans) {
                diagnostics.add(Diagnostic.of(o.location(), "io.unplaced", o.indicator().name()));
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
                    get(HeaderField.IMPLEMENTER), get(HeaderField.CONTACT), year);
            Narrative narrative = new Narrative(get(HeaderField.NECESSITY), get(HeaderField.FEASIBILITY),
                    get(HeaderField.CONTENT), get(HeaderField.OVERVIEW), get(HeaderField.FEASIBILITY_NOTE),
                    get(HeaderField.MID_TERM_GOAL), get(HeaderField.ANNUAL_GOAL));
            IndicatorTree tree = new IndicatorTree(level1s.stream()
                    .map(a -> new Level1(a.name, a.children.stream()
                            .map(b -> new Level2(b.name, b.indicators)).toList()))
                    .toList());
            Declaration d = new Declaration(0, 0, header, narrative, new Funding(sources, expenses),
                    Framework.JIANGSU.id(), tree);
            return ImportedForm.ok(location, d, diagnostics);
        }

        private String get(HeaderField f) {
            return fields.getOrDefault(f, "");
        }
    }

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 30 ? one : one.substring(0, 29) + "…";
    }
}
