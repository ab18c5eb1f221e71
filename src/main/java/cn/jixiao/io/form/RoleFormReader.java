package cn.jixiao.io.form;

import cn.jixiao.io.form.DraftTree.L1;
import cn.jixiao.io.form.DraftTree.L2;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.Funding;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.Header;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.declaration.model.Narrative;
import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.evaluation.model.EvaluationEntry;
import cn.jixiao.evaluation.model.Shares;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.io.form.ColumnRoles.FundingColumn;
import cn.jixiao.io.form.ColumnRoles.Kind;
import cn.jixiao.io.form.ColumnRoles.Role;
import cn.jixiao.model.DomainException;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.monitoring.model.MonitoringEntry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads forms whose tables are laid out by the roles of their header rows ({@link ColumnRoles}): self-evaluation
 * tables, department-wide target forms, monitoring tables and flat system exports. Each form becomes a declaration
 * (targets as full-year values) and, for a self-evaluation, its evaluation (actual values, weights, the form's own
 * scores as stated scores, reasons); for a monitoring table, its monitoring record (1-6月执行数, each indicator's
 * 半年度执行情况 as its actual, 全年预计完成值, 完成目标可能性, 偏差原因, 纠偏措施). Data rows are aligned to the header by their first 一级 or 二级 cell, because
 * merged cells make continuation rows start further right or left. Every non-empty cell is placed or reported: each
 * branch marks the cells whose text it takes into the declaration, evaluation or monitoring record as placed and the
 * ones its diagnostic names as reported; after each row a cell that is neither is reported as ignored (with its
 * location), and the counts go to {@link ImportedForm#placed}/{@link ImportedForm#reported}. A piece that never
 * becomes a form (a title at the end of a sheet) is reported on the next form, or at the end on the one before.
 */
final class RoleFormReader {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern YEAR_ROW = Pattern.compile("^[(（]?(\\d{4})年度?[)）]?$");
    private static final Pattern YEAR_NAME = Pattern.compile("^(\\d{4})年度?(.+)$");
    private static final Pattern CODE_PREFIX = Pattern.compile("^([0-9A-Za-z_]{6,})-(.+)$");
    private static final Pattern NUMBERING = Pattern.compile("^[0-9一二三四五六七八九十]+[.、．]\\s*");
    private static final Pattern BARE_NUMBER = Pattern.compile("^[0-9]+(\\.[0-9]+)?$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^(指标\\d+[:：]?|[…．.。]+)$");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

    /** 一级 names known in any framework (a cell's score suffix dropped). */
    private static final Set<String> LEVEL1 = Set.of("决策", "过程", "产出指标", "效益指标", "满意度指标", "产出", "效益",
            "满意度", "履职", "可持续发展", "成本指标");
    /** Short 二级 names some forms use, besides the ones {@link FormTableParser} knows. */
    private static final Set<String> LEVEL2_SHORT = Set.of("数量", "质量", "时效", "成本");
    /** The columns of a monitoring table's record; in any other form they are reported. */
    private static final Set<Role> MONITORING_COLUMNS = Set.of(Role.HALF_ACTUAL, Role.EXPECTED, Role.LIKELIHOOD,
            Role.MEASURE);
    /** Labels that end the indicator table: what follows is the form's closing text. */
    private static final Set<String> CLOSING = Set.of("评价结论", "存在问题", "改进措施", "项目负责人", "财务负责人",
            "偏差或不能完成目标原因分析", "相关建议或举措", "注", "填表人", "联系电话");
    /** Labels of the goals block; the goal column and the completion column of its sub-header. */
    private static final Set<String> GOALS = Set.of("年度总体目标", "项目基本情况", "年度目标", "绩效目标", "总体目标");
    private static final Set<String> GOAL_COLUMN = Set.of("预期目标", "项目年度目标", "年度目标");
    private static final Set<String> COMPLETION_COLUMN = Set.of("实际完成情况", "年度目标完成情况", "完成情况");
    /** Header labels of these forms besides the Jiangsu ones. */
    private static final Map<String, HeaderField> LABELS = new LinkedHashMap<>();
    /** Header labels whose value the declaration has no field for: reported. */
    private static final Set<String> UNSTORED_LABELS = Set.of("部门预算编码", "报表编号", "项目属性");

    static {
        LABELS.putAll(FormVocabulary.bundled().header);
        LABELS.put("部门(单位)名称", HeaderField.NAME);
        LABELS.put("项目执行单位", HeaderField.IMPLEMENTER);
        LABELS.put("项目单位", HeaderField.IMPLEMENTER);
        LABELS.put("评价单位", HeaderField.DEPARTMENT);
        LABELS.remove("年度目标");
        LABELS.remove("绩效目标");
    }

    /**
     * One row: its cells and, per cell, the line it starts on (a Word table's cells span lines). {@code sheet} is the
     * spreadsheet's sheet for an xlsx row ({@code lines} then all hold its row number), empty for a text file.
     */
    record Row(String file, String sheet, int[] lines, List<String> cells) {
        Row(String file, int[] lines, List<String> cells) {
            this(file, "", lines, cells);
        }

        /** Where a cell is: {@code file:line}, or {@code file[sheet]!C12} for a spreadsheet. */
        String location(int column) {
            int c = Math.min(Math.max(column, 0), lines.length - 1);
            return sheet.isEmpty() ? file + ":" + lines[c]
                    : file + "[" + sheet + "]!" + FormRow.columnName(Math.max(column, 0)) + lines[c];
        }
    }

    private enum Section { HEADER, FUNDING, GOALS, DUTIES, INDICATORS, CLOSING }

    private final String file;
    private final Consumer<ImportedForm> sink;
    private final ColumnRoles roles = ColumnRoles.get();
    private Form form;
    private int forms;
    /** The cells of the row being read that went into the form, and the ones a diagnostic names. */
    private boolean[] placedAt = new boolean[0];
    private boolean[] reportedAt = new boolean[0];
    /** A form passed on when the next one ends (or at the end), so that cells after it can still be added. */
    private ImportedForm held;
    /** The cells and notes of a piece that never started a form, for the next form (or the one before it). */
    private final List<SourceCell> carriedCells = new ArrayList<>();
    private final List<Diagnostic> carriedNotes = new ArrayList<>();

    RoleFormReader(String file, Consumer<ImportedForm> sink) {
        this.file = file;
        this.sink = sink;
    }

    int forms() {
        return forms;
    }

    void row(Row row) {
        if (form == null) {
            form = new Form(row.location(0));
        }
        placedAt = new boolean[row.cells().size()];
        reportedAt = new boolean[row.cells().size()];
        try {
            form.row(row);
        } catch (DomainException e) {
            form.error = e;
        }
        form.account(row);
    }

    void finish() {
        finishForm();
        if (held != null && !carriedCells.isEmpty() && held.isOk()) {
            List<Diagnostic> ds = new ArrayList<>(held.diagnostics());
            ds.addAll(carriedNotes);
            List<SourceCell> rs = new ArrayList<>(held.reported());
            rs.addAll(carriedCells);
            held = new ImportedForm(held.location(), held.declaration(), ds, held.error(), held.evaluation(),
                    held.placed(), rs, held.monitoring());
        }
        if (held != null) {
            sink.accept(held);
            held = null;
        }
    }

    /** Marks a cell of the row being read as placed: its text went into the form. */
    private void place(int column) {
        if (column >= 0 && column < placedAt.length) {
            placedAt[column] = true;
        }
    }

    /** Marks a cell of the row being read as reported: a diagnostic names it. */
    private void reportCell(int column) {
        if (column >= 0 && column < reportedAt.length) {
            reportedAt[column] = true;
        }
    }

    private void emit(ImportedForm f) {
        if (held != null) {
            sink.accept(held);
        }
        held = f;
    }

    /** The end of a spreadsheet's sheet: the form being read ends with it. */
    void endSheet() {
        finishForm();
    }

    private void finishForm() {
        Form f = form;
        form = null;
        if (f == null) {
            return;
        }
        if (!f.started()) {
            f.carry(); // a piece that never became a form: its cells are reported on a neighbouring form
            return;
        }
        forms++;
        if (f.error != null) {
            emit(ImportedForm.failed(f.location, f.error));
            return;
        }
        try {
            emit(f.build());
        } catch (DomainException e) {
            emit(ImportedForm.failed(f.location, e));
        }
    }

    private static String text(Row row, int column) {
        return column < row.cells().size() ? FormTableParser.clean(row.cells().get(column)) : "";
    }

    private static List<Integer> filled(Row row) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!text(row, i).isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean isLevel1(String cell) {
        return LEVEL1.contains(ColumnRoles.header(cell));
    }

    private static boolean isLevel2(String cell) {
        String n = ColumnRoles.header(cell);
        return FormVocabulary.active().level2(n) != null || LEVEL2_SHORT.contains(n);
    }

    private static String abbreviate(String s) {
        return FormTableParser.abbreviate(s);
    }

    // ------------------------------------------------------------------------------------------------

    /** Cells of one column role that the declaration has no place for: reported once per column. */
    private static final class Unstored {
        final String location;
        final String sample;
        int count;

        Unstored(String location, String sample) {
            this.location = location;
            this.sample = sample;
        }
    }

    /** One form being read. */
    private final class Form {
        final String location;
        final Map<HeaderField, String> fields = new EnumMap<>(HeaderField.class);
        final Map<FundingSource, BigDecimal> sources = new EnumMap<>(FundingSource.class);
        final List<Expense> expenses = new ArrayList<>();
        final List<L1> level1s = new ArrayList<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final List<EvaluationEntry> entries = new ArrayList<>();
        /** A monitoring table's record: per indicator, per 支出 line, and the total's 1-6月执行数. */
        final List<MonitoringEntry> monitorRows = new ArrayList<>();
        final List<Monitoring.Execution> monitorExecuted = new ArrayList<>();
        Optional<BigDecimal> monitorTotal = Optional.empty();
        final List<String> goals = new ArrayList<>();
        final List<String> midTerm = new ArrayList<>();
        final List<String> content = new ArrayList<>();
        final Map<String, Unstored> unstored = new LinkedHashMap<>();
        Optional<Kind> kind = Optional.empty();
        boolean flat;
        boolean yuan;
        String name = "";
        String nameFromTitle = "";
        int year;
        Section section = Section.HEADER;
        DomainException error;
        Map<Integer, FundingColumn> fundingColumns = Map.of();
        Map<Integer, Role> columns = Map.of();
        /** The header text of each column with a role (for messages). */
        Map<Integer, String> headers = Map.of();
        /** The header field the last label row filled: a continuation row below it adds to it. */
        HeaderField lastField;
        int goalColumn = -1;
        int completionColumn = -1;
        List<String> dutyColumns = List.of();
        /** Whether the indicator table being read holds the 中长期 targets (the 年度 one is the tree). */
        boolean longTerm;
        boolean longTermNext;
        boolean indicatorTable;
        Optional<BigDecimal> executed = Optional.empty();
        EvaluationEntry execution = EvaluationEntry.empty(Evaluation.EXECUTION);
        BigDecimal weights = BigDecimal.ZERO;
        boolean anyWeight;
        L1 l1;
        L2 l2;
        /** The non-empty cells read so far: how many went into the form, and the others (each named by a note). */
        int placed;
        final List<SourceCell> placedCells = new ArrayList<>();
        final List<SourceCell> reported = new ArrayList<>();
        /** Prose before the form's tables (a report's text): reported once, as a range of lines. */
        int proseFrom = -1;
        String proseAt = "";
        int proseTo;
        int proseRows;
        String proseFirst = "";

        Form(String location) {
            this.location = location;
            reported.addAll(carriedCells);
            diagnostics.addAll(carriedNotes);
            carriedCells.clear();
            carriedNotes.clear();
        }

        /**
         * Counts the row's non-empty cells: placed, or reported. A cell that is neither (no branch of the reading
         * took it) is reported here, so that no cell is lost without a word.
         */
        void account(Row row) {
            List<Integer> left = new ArrayList<>();
            for (int i : filled(row)) {
                SourceCell c = new SourceCell(row.location(i), text(row, i));
                if (placedAt[i]) {
                    placed++;
                    placedCells.add(c);
                } else {
                    reported.add(c);
                    if (!reportedAt[i]) {
                        left.add(i);
                    }
                }
            }
            if (!left.isEmpty()) {
                ignored(row, left);
            }
        }

        /** This piece never became a form: every cell it read is reported, on the next form or the one before. */
        void carry() {
            if (placedCells.isEmpty() && reported.isEmpty()) {
                return;
            }
            if (!placedCells.isEmpty()) {
                carriedNotes.add(Diagnostic.of(placedCells.get(0).location(), "io.ignored",
                        abbreviate(String.join(" ", placedCells.stream().map(SourceCell::text).toList()))));
            }
            carriedNotes.addAll(diagnostics);
            carriedCells.addAll(placedCells);
            carriedCells.addAll(reported);
        }

        /** A note naming one cell of the row: the cell is reported. */
        void note(Row row, int column, String key, Object... args) {
            diagnostics.add(Diagnostic.of(row.location(column), key, args));
            reportCell(column);
        }

        /** A form continuing this one's context: the next project of a flat export. */
        Form next(String at) {
            Form f = new Form(at);
            f.kind = kind;
            f.flat = true;
            f.yuan = yuan;
            f.year = year;
            f.columns = columns;
            f.headers = headers;
            f.section = Section.INDICATORS;
            f.indicatorTable = true;
            f.fields.put(HeaderField.DEPARTMENT, fields.getOrDefault(HeaderField.DEPARTMENT, ""));
            f.fields.put(HeaderField.IMPLEMENTER, fields.getOrDefault(HeaderField.IMPLEMENTER, ""));
            return f;
        }

        boolean started() {
            return !name.isEmpty() || !level1s.isEmpty() || error != null;
        }

        void note(String where, String key, Object... args) {
            diagnostics.add(Diagnostic.of(where, key, args));
        }

        void unstored(Row row, int column, String what) {
            String cell = text(row, column);
            Unstored u = unstored.computeIfAbsent(what, w -> new Unstored(row.location(column), abbreviate(cell)));
            u.count++;
            reportCell(column);
        }

        void row(Row row) {
            List<Integer> filled = filled(row);
            if (filled.isEmpty()) {
                return;
            }
            if (filled.size() == 1 && single(row, filled.get(0))) {
                return;
            }
            for (int i : filled) {
                String n = ColumnRoles.header(text(row, i));
                if (n.equals("金额单位:元") || n.equals("单位:元")) {
                    yuan = true;
                    place(i);
                } else if (n.equals("金额单位:万元") || n.equals("单位:万元")) {
                    yuan = false;
                    place(i);
                }
            }
            Optional<Map<Integer, Role>> header = roles.headerRow(row.cells().stream().map(FormTableParser::clean).toList());
            if (header.isPresent()) {
                startIndicators(row, header.get());
                return;
            }
            String first = ColumnRoles.header(text(row, filled.get(0)));
            if (section == Section.INDICATORS) {
                if (first.equals("合计")) {
                    total(row, filled);
                    return;
                }
                if (CLOSING.contains(first)) {
                    section = Section.CLOSING;
                } else {
                    indicator(row, filled);
                    return;
                }
            }
            if (section == Section.CLOSING) {
                closing(row, filled);
                return;
            }
            if (roles.fundingSection(first)) {
                section = Section.FUNDING;
                place(filled.get(0));
                if (fundingHeader(row, filled)) {
                    return;
                }
                filled = filled.subList(1, filled.size());
                if (filled.isEmpty()) {
                    return;
                }
                first = ColumnRoles.header(text(row, filled.get(0)));
            }
            if (GOALS.contains(first)) {
                section = Section.GOALS;
                goalsHeader(row, filled);
                return;
            }
            if (first.equals("年度履职目标")) {
                section = Section.DUTIES;
                filled.forEach(RoleFormReader.this::place); // the block's label and its column heads
                dutyColumns = filled.subList(1, filled.size()).stream().map(i -> ColumnRoles.header(text(row, i))).toList();
                return;
            }
            if (labels(row, filled)) {
                return;
            }
            if (section == Section.HEADER && lastField != null && filled.size() == 1 && filled.get(0) > 0) {
                fields.merge(lastField, text(row, filled.get(0)), (a, b) -> a + "\n" + b);
                place(filled.get(0));
                return;
            }
            switch (section) {
                case FUNDING -> funding(row, filled);
                case GOALS -> goalLines(row, filled);
                case DUTIES -> duty(row, filled);
                default -> ignored(row, filled);
            }
        }

        /** A row of one cell: a title, a year, the amount unit, or prose. Returns whether it was taken. */
        private boolean single(Row row, int column) {
            String cell = text(row, column);
            String n = FormTableParser.norm(cell);
            Optional<Kind> k = roles.kind(cell);
            if (n.length() <= 60 && (k.isPresent() || FormVocabulary.active().isTitle(n) || n.endsWith("绩效自评表"))) {
                if (started()) {
                    finishForm();
                    form = new Form(row.location(column));
                    form.single(row, column);
                    return true;
                }
                place(column); // the title: the form's kind, title and year
                if (k.isPresent()) {
                    kind = k;
                } else if (FormVocabulary.active().isTitle(n) && !n.endsWith("绩效自评表")) {
                    String own = FormLayout.ownTitle(cell);
                    if (!own.isEmpty()) {
                        fields.put(HeaderField.TITLE, own);
                    }
                }
                Matcher y = YEAR.matcher(n);
                if (y.find()) {
                    year = Integer.parseInt(y.group(1));
                }
                return true;
            }
            if (n.startsWith("绩效指标") && n.length() <= 12) {
                place(column); // the title over the indicator table
                return true;
            }
            if (n.length() <= 20 && n.contains("指标") && (n.contains("长期") || n.startsWith("年度"))) {
                longTermNext = n.contains("长期"); // 中长期绩效指标 / 年度绩效指标 over the table below
                place(column);
                return true;
            }
            Matcher y = YEAR_ROW.matcher(n);
            if (y.matches()) {
                year = Integer.parseInt(y.group(1));
                place(column);
                return true;
            }
            String h = ColumnRoles.header(cell);
            if (h.equals("金额单位:元") || h.equals("单位:元")) {
                yuan = true;
                place(column);
                return true;
            }
            if (h.equals("金额单位:万元") || h.equals("单位:万元")) {
                place(column);
                return true;
            }
            Matcher yn = YEAR_NAME.matcher(n);
            if (yn.matches() && n.length() <= 40 && section == Section.HEADER && nameFromTitle.isEmpty()) {
                year = Integer.parseInt(yn.group(1));
                nameFromTitle = yn.group(2);
                place(column);
                return true;
            }
            int colon = Math.max(n.indexOf(':'), n.indexOf('：'));
            if (colon > 0 && colon < n.length() - 1 && UNSTORED_LABELS.contains(n.substring(0, colon))) {
                note(row, column, "io.note.unstored", n.substring(0, colon), n.substring(colon + 1));
                return true;
            }
            if (colon > 0 && colon < n.length() - 1 && LABELS.containsKey(n.substring(0, colon))) {
                HeaderField field = LABELS.get(n.substring(0, colon));
                int cellColon = Math.max(cell.indexOf(':'), cell.indexOf('：')); // norm may have made '：' ':'
                if (fields.putIfAbsent(field, cell.substring(cellColon + 1).strip()) == null) {
                    place(column);
                } // else the field has its value already: the cell is reported as not read
                return true;
            }
            if (section == Section.HEADER && !indicatorTable && lastField == null && name.isEmpty()) {
                if (proseFrom < 0) {
                    proseFrom = row.lines()[0];
                    proseAt = row.location(column);
                    proseFirst = cell;
                }
                proseTo = row.lines()[0];
                proseRows++;
                reportCell(column); // named by the prose note of the form
                return true;
            }
            return false;
        }

        /** Header labels (项目名称, 主管部门, 实施单位 …): each takes the next cell that is not itself a label. */
        private boolean labels(Row row, List<Integer> filled) {
            boolean any = false;
            for (int k = 0; k < filled.size(); k++) {
                int i = filled.get(k);
                String n = ColumnRoles.header(text(row, i));
                HeaderField field = LABELS.get(n);
                boolean unstoredLabel = UNSTORED_LABELS.contains(n);
                if (field == null && !unstoredLabel && !n.contains("实施内容")) {
                    continue;
                }
                any = true;
                String value = "";
                if (k + 1 < filled.size()) {
                    int j = filled.get(k + 1);
                    String next = ColumnRoles.header(text(row, j));
                    if (!LABELS.containsKey(next) && !UNSTORED_LABELS.contains(next) && !next.startsWith("单位:")
                            && !next.startsWith("金额单位")) {
                        value = text(row, j);
                        k++;
                    }
                }
                if (value.isEmpty()) {
                    continue;
                }
                int valueAt = filled.get(k);
                if (unstoredLabel) {
                    note(row, i, "io.note.unstored", n, abbreviate(value));
                    reportCell(valueAt);
                    continue;
                } else if (n.contains("实施内容")) {
                    content.add(value);
                } else if (field == HeaderField.NAME) {
                    name(row, i, value, n.equals("部门(单位)名称"));
                } else {
                    fields.merge(field, value, (a, b) -> a.isEmpty() ? b : a + "；" + b);
                    lastField = field;
                }
                place(i);
                place(valueAt);
            }
            return any;
        }

        private void name(Row row, int column, String value, boolean department) {
            Matcher code = CODE_PREFIX.matcher(value);
            if (code.matches()) {
                note(row, column, "io.note.code", code.group(1), code.group(2));
                name = code.group(2).strip();
            } else {
                name = value;
            }
            if (department) {
                fields.putIfAbsent(HeaderField.DEPARTMENT, value);
            }
        }

        private void ignored(Row row, List<Integer> filled) {
            StringBuilder sb = new StringBuilder();
            for (int i : filled) {
                sb.append(sb.length() == 0 ? "" : " ").append(text(row, i));
            }
            note(row, filled.get(0), "io.ignored", abbreviate(sb.toString()));
            filled.forEach(RoleFormReader.this::reportCell);
        }

        // ---- 项目资金 -------------------------------------------------------------------------------

        /** Reads the amount columns a row names; returns whether it named any (the row is the header). */
        private boolean fundingHeader(Row row, List<Integer> filled) {
            Map<Integer, FundingColumn> found = new LinkedHashMap<>();
            for (int i : filled) {
                roles.fundingColumn(text(row, i)).ifPresent(c -> found.put(i, c));
            }
            if (!found.isEmpty()) {
                fundingColumns = found;
                found.keySet().forEach(RoleFormReader.this::place);
                for (int i : filled) {
                    if (roles.fundingCaption(text(row, i))) {
                        place(i); // 年度预算数(万元) over the line labels: a header, not an amount column
                    }
                }
            }
            return !found.isEmpty();
        }

        private void funding(Row row, List<Integer> filled) {
            int labelAt = filled.get(0);
            String label = text(row, labelAt);
            Optional<FundingSource> source = roles.fundingLine(label);
            boolean expense = source.isEmpty() && roles.expenseLine(label);
            if (source.isEmpty() && !expense) {
                if (roles.fundingColumn(label).isPresent()) {
                    fundingHeader(row, filled);
                    return;
                }
                ignored(row, filled);
                return;
            }
            String lineName = ColumnRoles.fundingLabel(label);
            if (filled.size() == 1) {
                place(labelAt); // a funding line left blank: read as no amount
                return;
            }
            Map<FundingColumn, BigDecimal> amounts = new EnumMap<>(FundingColumn.class);
            Map<FundingColumn, Integer> amountAt = new EnumMap<>(FundingColumn.class);
            boolean any = false; // whether a cell of the line went into the form
            boolean total = source.filter(s -> s == FundingSource.TOTAL).isPresent();
            // the line's amount is its 全年/调整后预算数; only when that holds no amount is it its 年初预算数
            boolean budgetStated = false;
            for (int i : filled.subList(1, filled.size())) {
                if ((fundingColumns.isEmpty() || fundingColumns.get(i) == FundingColumn.BUDGET)
                        && !roles.notApplicable(text(row, i)) && number(text(row, i)).isPresent()) {
                    budgetStated = true;
                }
            }
            for (int i : filled.subList(1, filled.size())) {
                String cell = text(row, i);
                FundingColumn column = fundingColumns.isEmpty() ? FundingColumn.BUDGET : fundingColumns.get(i);
                if (column == null) {
                    note(row, i, "io.note.no-column", lineName, abbreviate(cell));
                    continue;
                }
                if (roles.notApplicable(cell)) {
                    place(i); // read as blank
                    any = true;
                    continue;
                }
                if (column == FundingColumn.REASON) {
                    if (total) {
                        execution = execution.withReason(cell);
                        place(i);
                        any = true;
                    } else {
                        note(row, i, "io.note.unstored", lineName + " " + column.key, abbreviate(cell));
                    }
                    continue;
                }
                if (column == FundingColumn.RATE) {
                    if (total) {
                        String rate = BARE_NUMBER.matcher(cell).matches() ? cell + "%" : cell;
                        execution = execution.withActual(rate);
                        place(i);
                        any = true;
                    } else {
                        unstored(row, i, "执行率");
                    }
                    continue;
                }
                Optional<BigDecimal> a = number(cell);
                if (a.isEmpty()) {
                    note(row, i, "io.note.not-amount", lineName, abbreviate(cell));
                    continue;
                }
                if (column == FundingColumn.WEIGHT || column == FundingColumn.SCORE) {
                    if (total) {
                        execution = column == FundingColumn.WEIGHT ? execution.withWeight(a)
                                : execution.withScore(a);
                        if (column == FundingColumn.WEIGHT) {
                            weights = weights.add(a.get());
                            anyWeight = true;
                        }
                        place(i);
                        any = true;
                    } else {
                        note(row, i, "io.note.unstored", lineName + " " + column.key, cell);
                    }
                    continue;
                }
                amounts.put(column, yuan ? wan(a.get()) : a.get());
                amountAt.put(column, i);
                if (column == FundingColumn.EXECUTED && total) {
                    executed = Optional.of(amounts.get(column));
                    place(i);
                    any = true;
                } else if (column == FundingColumn.HALF_EXECUTED && monitoring() && (total || expense)) {
                    if (total) {
                        monitorTotal = Optional.of(amounts.get(column)); // the expense line's comes with it below
                        place(i);
                        any = true;
                    }
                } else if (column == FundingColumn.INITIAL && budgetStated
                        || column == FundingColumn.HALF_EXECUTED || column == FundingColumn.FORECAST
                        || column == FundingColumn.EXECUTED) {
                    note(row, i, "io.note.unstored", lineName + " " + columnLabel(column),
                            amounts.get(column).toPlainString());
                }
            }
            BigDecimal amount = amounts.containsKey(FundingColumn.BUDGET) ? amounts.get(FundingColumn.BUDGET)
                    : amounts.get(FundingColumn.INITIAL);
            int amountCell = amountAt.getOrDefault(amounts.containsKey(FundingColumn.BUDGET) ? FundingColumn.BUDGET
                    : FundingColumn.INITIAL, -1);
            if (amount != null && !budgetStated && fundingColumns.containsValue(FundingColumn.BUDGET)
                    && (expense || total || amount.signum() != 0)) {
                // said, not reported: the cell is placed, as the line's amount (a part of 0 is noted below)
                diagnostics.add(Diagnostic.of(row.location(amountCell), "io.note.initial-as-budget", lineName,
                        amount.toPlainString()));
            }
            if (amount == null) {
                if (expense && monitoring() && amounts.containsKey(FundingColumn.HALF_EXECUTED)) {
                    note(row, labelAt, "io.note.unstored", lineName + " " + columnLabel(FundingColumn.HALF_EXECUTED),
                            amounts.get(FundingColumn.HALF_EXECUTED).toPlainString()); // no budget: no 支出 line for it
                    reportCell(amountAt.get(FundingColumn.HALF_EXECUTED));
                } else if (any) {
                    place(labelAt);
                }
                return;
            }
            if (expense) {
                expenses.add(new Expense(lineName, Optional.empty(), Optional.of(amount)));
                if (monitoring() && amounts.containsKey(FundingColumn.HALF_EXECUTED)) {
                    monitorExecuted.add(new Monitoring.Execution(lineName, amounts.get(FundingColumn.HALF_EXECUTED)));
                    place(amountAt.get(FundingColumn.HALF_EXECUTED));
                }
                place(labelAt);
                place(amountCell);
            } else if (amount.signum() == 0 && source.get() != FundingSource.TOTAL) {
                // a part stated as 0 says nothing, and where these forms list parts side by side (财政资金 |
                // 财政专户管理资金 | 单位资金) it is not the Jiangsu breakdown of 财政拨款 that validation checks
                note(row, labelAt, "io.note.zero", lineName);
                reportCell(amountCell);
                if (any) {
                    place(labelAt);
                }
            } else {
                sources.merge(source.get(), amount, BigDecimal::add);
                place(labelAt);
                place(amountCell);
            }
        }

        private String columnLabel(FundingColumn c) {
            return switch (c) {
                case INITIAL -> "年初预算数";
                case EXECUTED -> "执行数";
                case HALF_EXECUTED -> "1-6月执行数";
                case FORECAST -> "全年预计执行数";
                default -> c.key;
            };
        }

        private Optional<BigDecimal> number(String cell) {
            String t = cell.strip();
            if (t.endsWith("%")) {
                return Optional.empty();
            }
            Optional<BigDecimal> n = FormTableParser.number(t);
            return n;
        }

        // ---- goals --------------------------------------------------------------------------------

        private void goalsHeader(Row row, List<Integer> filled) {
            goalColumn = -1;
            completionColumn = -1;
            place(filled.get(0)); // the block's label
            for (int i : filled.subList(1, filled.size())) {
                String n = ColumnRoles.header(text(row, i));
                String bare = NUMBERING.matcher(n).replaceFirst("");
                if (GOAL_COLUMN.contains(bare)) {
                    goalColumn = i;
                } else if (COMPLETION_COLUMN.contains(bare)) {
                    completionColumn = i;
                } else if (n.length() != bare.length()) {
                    continue; // a numbered sub-heading (1.项目年度目标完成情况): not read, reported
                } else {
                    goals.add(text(row, i));
                }
                place(i);
            }
        }

        private void goalLines(Row row, List<Integer> filled) {
            for (int i : filled) {
                String cell = text(row, i);
                String n = ColumnRoles.header(cell);
                if (n.contains("实施内容")) {
                    continue;
                }
                if (i == completionColumn) {
                    note(row, i, "io.note.unstored", "实际完成情况", abbreviate(cell));
                } else {
                    goals.add(cell);
                    place(i);
                }
            }
        }

        private void duty(Row row, List<Integer> filled) {
            StringBuilder sb = new StringBuilder();
            for (int i : filled) {
                int k = i - 1;
                String head = k >= 0 && k < dutyColumns.size() ? dutyColumns.get(k) : "";
                sb.append(sb.length() == 0 ? "" : "；").append(head.isEmpty() ? "" : head + "：").append(text(row, i));
                place(i);
            }
            content.add(sb.toString());
        }

        // ---- indicators -----------------------------------------------------------------------------

        private void startIndicators(Row row, Map<Integer, Role> header) {
            longTerm = longTermNext;
            longTermNext = false;
            for (int i : filled(row)) {
                String n = FormTableParser.norm(text(row, i));
                if (n.contains("长期") && !header.containsKey(i)) {
                    longTerm = true;
                    place(i);
                } else if (n.startsWith("绩效指标") && n.length() <= 12 && !header.containsKey(i)) {
                    place(i); // the table's title in the header row's first cell
                }
            }
            header.keySet().forEach(RoleFormReader.this::place);
            columns = header;
            headers = new LinkedHashMap<>();
            header.keySet().forEach(i -> headers.put(i, ColumnRoles.header(text(row, i))));
            section = Section.INDICATORS;
            indicatorTable = true;
            flat = header.containsValue(Role.PROJECT) && header.containsValue(Role.LEVEL3);
        }

        private int columnOf(Role role) {
            for (Map.Entry<Integer, Role> e : columns.entrySet()) {
                if (e.getValue() == role) {
                    return e.getKey();
                }
            }
            return -1;
        }

        /** The shift that aligns a data row's cells with the header: by its first 一级 or 二级 cell. */
        private int offset(Row row, List<Integer> filled) {
            int l1col = columnOf(Role.LEVEL1);
            int l2col = columnOf(Role.LEVEL2) >= 0 ? columnOf(Role.LEVEL2) : columnOf(Role.LEVEL3);
            for (int i : filled) {
                String cell = text(row, i);
                boolean one = isLevel1(cell);
                boolean two = isLevel2(cell);
                Role here = columns.get(i);
                if ((one || two) && (here == Role.LEVEL1 || here == Role.LEVEL2) && !(two && !one && here == Role.LEVEL1)) {
                    return 0; // already in its column (成本指标 is a 一级 in one framework, a 二级 in another)
                }
                if (one && l1col >= 0) {
                    return l1col - i;
                }
                if (two && l2col >= 0) {
                    return l2col - i;
                }
            }
            return 0;
        }

        private void total(Row row, List<Integer> filled) {
            int offset = offset(row, filled);
            boolean weightSeen = false;
            for (int i : filled.subList(1, filled.size())) {
                Role r = columns.get(i + offset);
                String cell = text(row, i);
                Optional<BigDecimal> n = number(cell);
                if (n.isPresent() && !weightSeen && r != Role.SCORE && !columns.containsValue(Role.WEIGHT)) {
                    r = Role.WEIGHT;
                } else if (n.isPresent() && !weightSeen && r != Role.SCORE && r != Role.WEIGHT && filled.size() == 2) {
                    r = Role.WEIGHT; // 合计 | 100: the total weight, wherever the merged cell left it
                }
                weightSeen |= r == Role.WEIGHT;
                if (r == Role.WEIGHT && n.isPresent()) {
                    if (anyWeight && n.get().compareTo(weights) != 0) {
                        note(row, i, "io.note.weights-total", cell, weights.toPlainString());
                    } else {
                        note(row, i, "io.note.unstored", "合计权重", cell); // checked against the rows' weights only
                    }
                } else if (r == Role.SCORE && n.isPresent()) {
                    note(row, i, "io.note.unstored", "合计得分", cell);
                } else {
                    note(row, i, "io.ignored", abbreviate(cell));
                }
            }
            if (filled.size() > 1) {
                reportCell(filled.get(0)); // 合计: named with the row's notes
            }
        }

        private void closing(Row row, List<Integer> filled) {
            String label = ColumnRoles.header(text(row, filled.get(0)));
            if (filled.size() == 1) {
                if (!CLOSING.contains(label)) {
                    note(row, filled.get(0), "io.ignored", abbreviate(text(row, filled.get(0))));
                }
                return;
            }
            int labelAt = filled.get(0);
            for (int k = 1; k < filled.size(); k++) {
                int i = filled.get(k);
                String n = ColumnRoles.header(text(row, i));
                if (CLOSING.contains(n)) {
                    label = n;
                    labelAt = i;
                    continue;
                }
                note(row, i, "io.note.unstored", label, abbreviate(text(row, i)));
                reportCell(labelAt); // named by the note of its value
            }
        }

        private void indicator(Row row, List<Integer> filled) {
            int offset = offset(row, filled);
            Map<Role, Integer> at = new EnumMap<>(Role.class);
            boolean hasLevel1 = false;
            for (int i : filled) {
                Role r = columns.get(i + offset);
                if (r == null) {
                    ignoredCell(row, i);
                    continue;
                }
                if (r == Role.LEVEL3 && !columns.containsValue(Role.LEVEL2) && isLevel2(text(row, i))
                        && !at.containsKey(Role.LEVEL2)) {
                    r = Role.LEVEL2;
                }
                if (r == Role.MONITORING || r == Role.EXPLANATION || r == Role.CRITERIA
                        || MONITORING_COLUMNS.contains(r) && !monitoring()) {
                    unstored(row, i, columnName(r, i + offset));
                    continue;
                }
                if (at.containsKey(r)) {
                    ignoredCell(row, i);
                    continue;
                }
                at.put(r, i);
                hasLevel1 |= r == Role.LEVEL1;
            }
            if (flat && (at.containsKey(Role.PROJECT) || at.containsKey(Role.UNIT_NAME))
                    && !at.containsKey(Role.LEVEL3) && !at.containsKey(Role.LEVEL1)) {
                unitRow(row, filled);
                return;
            }
            if (flat && at.containsKey(Role.PROJECT)) {
                project(row, at);
                return;
            }
            indicatorCells(row, at, hasLevel1);
        }

        private String columnName(Role r, int column) {
            return switch (r) {
                case EXPLANATION -> "指标解释";
                case CRITERIA -> "评分标准";
                default -> headers.getOrDefault(column, r.key);
            };
        }

        private void ignoredCell(Row row, int i) {
            note(row, i, "io.ignored", abbreviate(text(row, i)));
        }

        /** A flat export's row naming a unit and its amount only (820-马踏镇部门 | 8,827,620.53). */
        private void unitRow(Row row, List<Integer> filled) {
            String unit = text(row, filled.get(0));
            fields.put(HeaderField.DEPARTMENT, unit);
            place(filled.get(0));
            for (int i : filled.subList(1, filled.size())) {
                Optional<BigDecimal> a = number(text(row, i));
                if (a.isPresent()) {
                    note(row, i, "io.note.unstored", unit + " 预算数",
                            (yuan ? wan(a.get()) : a.get()).toPlainString());
                } else {
                    ignoredCell(row, i);
                }
            }
        }

        /** A flat export's row that names a project: a new declaration (after the first). */
        private void project(Row row, Map<Role, Integer> at) {
            Form target = this;
            if (!name.isEmpty()) {
                Form f = next(row.location(at.get(Role.PROJECT)));
                finishForm();
                form = f;
                target = f;
            }
            target.projectCells(row, at);
        }

        private void projectCells(Row row, Map<Role, Integer> at) {
            if (at.containsKey(Role.UNIT_NAME)) {
                fields.put(HeaderField.IMPLEMENTER, text(row, at.get(Role.UNIT_NAME)));
                place(at.get(Role.UNIT_NAME));
            }
            name(row, at.get(Role.PROJECT), text(row, at.get(Role.PROJECT)), false);
            place(at.get(Role.PROJECT));
            if (at.containsKey(Role.BUDGET)) {
                String cell = text(row, at.get(Role.BUDGET));
                Optional<BigDecimal> a = number(cell);
                if (a.isPresent()) {
                    sources.put(FundingSource.TOTAL, yuan ? wan(a.get()) : a.get());
                    place(at.get(Role.BUDGET));
                } else if (!roles.notApplicable(cell)) {
                    note(row, at.get(Role.BUDGET), "io.note.not-amount", name, abbreviate(cell));
                } else {
                    place(at.get(Role.BUDGET)); // read as blank
                }
            }
            if (at.containsKey(Role.ANNUAL_GOAL)) {
                goals.add(text(row, at.get(Role.ANNUAL_GOAL)));
                place(at.get(Role.ANNUAL_GOAL));
            }
            indicatorCells(row, at, at.containsKey(Role.LEVEL1));
        }

        private void indicatorCells(Row row, Map<Role, Integer> at, boolean hasLevel1) {
            if (at.containsKey(Role.LEVEL1)) {
                level1(ColumnRoles.header(text(row, at.get(Role.LEVEL1))));
                place(at.get(Role.LEVEL1));
            }
            if (at.containsKey(Role.LEVEL2)) {
                String n = ColumnRoles.header(text(row, at.get(Role.LEVEL2)));
                if (!hasLevel1 && isLevel1(n) && !isLevel2(n) && (l1 == null || !l1.name.equals(n))) {
                    level1(n); // a 一级 written in the 二级 column (the Nanjing report's 可持续发展)
                }
                if (l1 == null) {
                    note(row, at.get(Role.LEVEL2), "io.unplaced", n);
                } else {
                    l2 = l1.level2(n);
                    place(at.get(Role.LEVEL2));
                }
            }
            String target = value(row, at);
            String indicatorName = at.containsKey(Role.LEVEL3) ? text(row, at.get(Role.LEVEL3)) : "";
            boolean values = !target.isEmpty() || at.containsKey(Role.ACTUAL) || at.containsKey(Role.HALF_TARGET);
            if (indicatorName.isEmpty() && !values) {
                return;
            }
            int where = at.containsKey(Role.LEVEL3) ? at.get(Role.LEVEL3)
                    : at.values().stream().min(Integer::compare).orElse(0);
            if (PLACEHOLDER.matcher(FormTableParser.norm(indicatorName)).matches()) {
                note(row, where, "io.note.placeholder", indicatorName);
                reportRest(at);
                return;
            }
            if (l1 == null) {
                note(row, where, "io.unplaced", indicatorName.isEmpty() ? target : indicatorName);
                reportRest(at);
                return;
            }
            if (l2 == null) {
                l2 = l1.level2(l1.name);
            }
            if (indicatorName.isEmpty()) {
                indicatorName = l2.name;
                note(row, where, "io.note.named-after-level2", indicatorName);
            }
            IndicatorValue half = at.containsKey(Role.HALF_TARGET) ? ValueGrammar.parse(text(row, at.get(Role.HALF_TARGET)))
                    : IndicatorValue.Blank.INSTANCE;
            IndicatorValue full = ValueGrammar.parse(target);
            if (target.isEmpty() && !at.containsKey(Role.ACTUAL)) {
                note(row, where, "io.no-values", indicatorName);
            }
            placeValue(row, at);
            valueRest(row, at);
            if (longTerm) {
                midTerm.add(l1.name + "/" + l2.name + "/" + indicatorName + (target.isEmpty() ? "" : "：" + target));
                return;
            }
            if (at.containsKey(Role.HALF_TARGET)) {
                place(at.get(Role.HALF_TARGET));
            }
            l2.indicators.add(new Indicator(indicatorName, half, full));
            entry(row, at, l1.name + "/" + l2.name + "/" + indicatorName, full);
        }

        /** The cells of a row that found no place, named by its note: reported. */
        private void reportRest(Map<Role, Integer> at) {
            at.forEach((r, i) -> {
                if (!placedAt[i]) {
                    reportCell(i);
                }
            });
        }

        /** Marks the cells {@link #value} reads, and the indicator's name, as placed. */
        private void placeValue(Row row, Map<Role, Integer> at) {
            if (at.containsKey(Role.LEVEL3)) {
                place(at.get(Role.LEVEL3));
            }
            String target = at.containsKey(Role.TARGET) ? text(row, at.get(Role.TARGET)) : "";
            if (target.isEmpty()) {
                return;
            }
            place(at.get(Role.TARGET));
            if (!BARE_NUMBER.matcher(target).matches()) {
                return;
            }
            String comparator = at.containsKey(Role.COMPARATOR) ? text(row, at.get(Role.COMPARATOR)) : "";
            if (!comparator.isEmpty()) {
                place(at.get(Role.COMPARATOR));
            } else if (at.containsKey(Role.DIRECTION) && (text(row, at.get(Role.DIRECTION)).startsWith("反向")
                    || text(row, at.get(Role.DIRECTION)).startsWith("正向"))) {
                place(at.get(Role.DIRECTION));
            }
            if (at.containsKey(Role.UNIT)) {
                place(at.get(Role.UNIT));
            }
        }

        /** The comparator, unit and direction cells the target did not need (it has its own): reported per column. */
        private void valueRest(Row row, Map<Role, Integer> at) {
            for (Role r : List.of(Role.COMPARATOR, Role.UNIT, Role.DIRECTION)) {
                if (at.containsKey(r) && !placedAt[at.get(r)]) {
                    unstored(row, at.get(r), headers.getOrDefault(columnOf(r), r.key));
                }
            }
        }

        /** The target: one cell, or comparator, number and unit in three (指标性质 = | 指标值 100 | 度量单位 %). */
        private String value(Row row, Map<Role, Integer> at) {
            String target = at.containsKey(Role.TARGET) ? text(row, at.get(Role.TARGET)) : "";
            String comparator = at.containsKey(Role.COMPARATOR) ? text(row, at.get(Role.COMPARATOR)) : "";
            String unit = at.containsKey(Role.UNIT) ? text(row, at.get(Role.UNIT)) : "";
            String direction = at.containsKey(Role.DIRECTION) ? text(row, at.get(Role.DIRECTION)) : "";
            if (target.isEmpty()) {
                return "";
            }
            if (!BARE_NUMBER.matcher(target).matches()) {
                return target;
            }
            if (comparator.isEmpty() && !direction.isEmpty()) {
                comparator = direction.startsWith("反向") ? "≤" : direction.startsWith("正向") ? "≥" : "";
            }
            return comparator + target + unit;
        }

        /** Whether the form is a monitoring table: its monitoring columns make its monitoring record. */
        private boolean monitoring() {
            return kind.filter(k -> k == Kind.MONITORING).isPresent();
        }

        /**
         * A monitoring table's row, as its monitoring entry: 半年度执行情况 (else 实际完成值) as the actual,
         * 全年预计完成值, 完成目标可能性, 偏差原因, 纠偏措施. A likelihood word in the 半年度执行情况 column of a row
         * with no likelihood cell is the likelihood (the empty cell before it was dropped); noted.
         */
        private void monitorEntry(Row row, Map<Role, Integer> at, String path) {
            Role actualRole = at.containsKey(Role.HALF_ACTUAL) ? Role.HALF_ACTUAL : Role.ACTUAL;
            String actual = at.containsKey(actualRole) ? text(row, at.get(actualRole)) : "";
            Optional<Likelihood> likelihood = Optional.empty();
            if (at.containsKey(actualRole)) {
                place(at.get(actualRole)); // the actual, or the likelihood shifted into its column
            }
            if (at.containsKey(Role.LIKELIHOOD)) {
                String cell = text(row, at.get(Role.LIKELIHOOD));
                likelihood = Likelihood.parse(cell);
                if (likelihood.isEmpty() && !roles.notApplicable(cell)) {
                    note(row, at.get(Role.LIKELIHOOD), "io.note.not-likelihood", path, abbreviate(cell));
                } else {
                    place(at.get(Role.LIKELIHOOD));
                }
            } else if (!actual.isEmpty() && Likelihood.parse(actual).isPresent()) {
                likelihood = Likelihood.parse(actual);
                note(row, at.get(actualRole), "io.note.likelihood-shifted", path, actual);
                actual = "";
            }
            for (Role r : List.of(Role.EXPECTED, Role.REASON, Role.MEASURE)) {
                if (at.containsKey(r)) {
                    place(at.get(r));
                }
            }
            if (at.containsKey(Role.WEIGHT)) {
                unstored(row, at.get(Role.WEIGHT), "权重");
            }
            if (at.containsKey(Role.SCORE)) {
                unstored(row, at.get(Role.SCORE), columnName(Role.SCORE, at.get(Role.SCORE)));
            }
            if (at.containsKey(Role.HALF_ACTUAL) && at.containsKey(Role.ACTUAL)) {
                unstored(row, at.get(Role.ACTUAL), columnName(Role.ACTUAL, at.get(Role.ACTUAL)));
            }
            MonitoringEntry e = new MonitoringEntry(path, actual, cell(row, at, Role.EXPECTED), likelihood,
                    cell(row, at, Role.REASON), cell(row, at, Role.MEASURE));
            if (!e.isEmpty()) {
                monitorRows.add(e);
            }
        }

        private String cell(Row row, Map<Role, Integer> at, Role role) {
            return at.containsKey(role) ? text(row, at.get(role)) : "";
        }

        /** The self-evaluation columns of a row, as its evaluation entry. */
        private void entry(Row row, Map<Role, Integer> at, String path, IndicatorValue target) {
            if (monitoring()) {
                monitorEntry(row, at, path);
                return;
            }
            String actual = at.containsKey(Role.ACTUAL) ? text(row, at.get(Role.ACTUAL)) : "";
            Optional<BigDecimal> weight = cellNumber(row, at, Role.WEIGHT, path);
            Optional<BigDecimal> score = cellNumber(row, at, Role.SCORE, path);
            String reason = at.containsKey(Role.REASON) ? text(row, at.get(Role.REASON)) : "";
            weight.ifPresent(w -> {
                weights = weights.add(w);
                anyWeight = true;
            });
            if (kind.filter(k -> k == Kind.SELF_EVALUATION).isEmpty()) {
                if (weight.isPresent()) {
                    unstored(row, at.get(Role.WEIGHT), "权重");
                }
                if (!actual.isEmpty() || score.isPresent() || !reason.isEmpty()) {
                    int i = at.getOrDefault(Role.ACTUAL, at.getOrDefault(Role.SCORE, at.get(Role.REASON)));
                    unstored(row, i, "自评列");
                    for (Role r : List.of(Role.ACTUAL, Role.SCORE, Role.REASON)) {
                        if (at.containsKey(r)) {
                            reportCell(at.get(r)); // named by the note on the 自评列
                        }
                    }
                }
                return;
            }
            for (Role r : List.of(Role.ACTUAL, Role.WEIGHT, Role.SCORE, Role.REASON)) {
                if (at.containsKey(r) && !reportedAt[at.get(r)]) {
                    place(at.get(r)); // an actual, weight, score or reason of the evaluation (or a blank: -)
                }
            }
            Optional<Achievement> achievement = Optional.empty();
            if (target instanceof IndicatorValue.Qualitative && !actual.isEmpty()) {
                IndicatorValue a = ValueGrammar.parse(actual);
                if (!(a instanceof IndicatorValue.Quantitative)) {
                    achievement = achieved(actual);
                }
            }
            EvaluationEntry e = new EvaluationEntry(path, actual, achievement, weight, score, reason);
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }

        private Optional<BigDecimal> cellNumber(Row row, Map<Role, Integer> at, Role role, String path) {
            if (!at.containsKey(role)) {
                return Optional.empty();
            }
            String cell = text(row, at.get(role));
            if (roles.notApplicable(cell)) {
                return Optional.empty();
            }
            Optional<BigDecimal> n = number(cell);
            if (n.isEmpty()) {
                note(row, at.get(role), "io.note.not-number", path, abbreviate(cell));
            }
            return n;
        }

        private void level1(String name) {
            if (l1 == null || !l1.name.equals(name)) {
                l1 = null;
                for (L1 x : level1s) {
                    if (x.name.equals(name)) {
                        l1 = x;
                    }
                }
                if (l1 == null) {
                    l1 = new L1(name);
                    level1s.add(l1);
                }
                l2 = null;
            }
        }

        // ---- the form -------------------------------------------------------------------------------

        ImportedForm build() {
            if (name.isBlank() && !nameFromTitle.isBlank()) {
                name = nameFromTitle;
            }
            if (name.isBlank()) {
                throw new DomainException("io.no-name", location);
            }
            if (!indicatorTable) {
                throw new DomainException("io.no-indicator-table", location, name);
            }
            List<Diagnostic> out = new ArrayList<>();
            String framework = framework();
            out.add(Diagnostic.of(location, "io.note.kind." + kindKey(), monitoring() ? monitorRows.size() : entries.size()));
            out.add(Diagnostic.of(location, "io.note.framework", framework,
                    String.join("、", level1s.stream().map(l -> l.name).toList())));
            if (proseRows == 1) { // a line before the form (附件:)
                out.add(Diagnostic.of(proseAt, "io.ignored", abbreviate(proseFirst)));
            } else if (proseRows > 1) { // the report text before the form
                out.add(Diagnostic.of(proseAt, "io.note.prose", proseRows, proseFrom, proseTo));
            }
            out.addAll(diagnostics);
            unstored.forEach((column, u) -> out.add(Diagnostic.of(u.location, "io.note.unstored-column", column,
                    u.count, u.sample)));
            if (year == 0) {
                out.add(Diagnostic.of(location, "io.no-year", year));
            }
            Header header = new Header(name, get(HeaderField.DEPARTMENT), get(HeaderField.TYPE), get(HeaderField.LEVEL),
                    get(HeaderField.START), get(HeaderField.END), get(HeaderField.IMPLEMENTER),
                    get(HeaderField.CONTACT), year, get(HeaderField.TITLE));
            Narrative narrative = new Narrative(get(HeaderField.NECESSITY), get(HeaderField.FEASIBILITY),
                    String.join("\n", content), get(HeaderField.OVERVIEW), get(HeaderField.FEASIBILITY_NOTE),
                    join(get(HeaderField.MID_TERM_GOAL), midTerm), join(get(HeaderField.ANNUAL_GOAL), goals));
            IndicatorTree tree = DraftTree.tree(level1s);
            Declaration d = new Declaration(0, 0, header, narrative, new Funding(sources, expenses), framework, tree);
            Optional<Evaluation> evaluation = Optional.empty();
            if (kind.filter(k -> k == Kind.SELF_EVALUATION).isPresent()) {
                List<EvaluationEntry> all = new ArrayList<>();
                if (!execution.isEmpty()) {
                    all.add(execution);
                }
                all.addAll(entries);
                evaluation = Optional.of(new Evaluation(0, year, executed, Optional.empty(), Shares.DEFAULT, all));
            }
            Optional<Monitoring> record = Optional.empty();
            if (monitoring()) {
                record = Optional.of(new Monitoring(0, 0, Monitoring.defaultAsOf(year), monitorExecuted, monitorTotal,
                        monitorRows));
            }
            return new ImportedForm(location, d, out, Optional.empty(), evaluation, placed, reported, record);
        }

        private String kindKey() {
            if (flat) {
                return "flat";
            }
            return kind.map(k -> k.key).orElse("project");
        }

        /**
         * The framework the form's 一级 say it follows: 履职 → the department-wide self-evaluation; 决策 or 过程 →
         * Jiangsu; 成本指标 as a 一级 → the 财政部 core; else a department-wide target form's framework or the
         * 财政部 project framework (产出 · 效益 · 满意度).
         */
        private String framework() {
            Set<String> names = new java.util.HashSet<>();
            level1s.forEach(l -> names.add(l.name));
            if (names.contains("履职")) {
                return "department-self-evaluation";
            }
            if (names.contains("决策") || names.contains("过程")) {
                return "jiangsu-project";
            }
            if (names.contains("成本指标")) {
                return "mof-core";
            }
            if (kind.filter(k -> k == Kind.DEPARTMENT_TARGET).isPresent()) {
                return "department-target";
            }
            return "mof-project";
        }

        private String join(String first, List<String> lines) {
            List<String> all = new ArrayList<>();
            if (!first.isEmpty()) {
                all.add(first);
            }
            all.addAll(lines);
            return String.join("\n", all);
        }

        private String get(HeaderField f) {
            return fields.getOrDefault(f, "");
        }
    }

    /** An amount in 元 as 万元, exact. */
    static BigDecimal wan(BigDecimal yuan) {
        BigDecimal w = yuan.divide(TEN_THOUSAND).stripTrailingZeros();
        return w.scale() < 0 ? w.setScale(0) : w;
    }

    /** A qualitative actual value read as how far the target was reached (达成预期指标 → achieved). */
    static Optional<Achievement> achieved(String actual) {
        Optional<Achievement> a = Achievement.parse(actual);
        if (a.isPresent()) {
            return a;
        }
        String n = FormTableParser.norm(actual);
        if (n.length() > 8) {
            return Optional.empty(); // a sentence, not a verdict
        }
        if (n.startsWith("未") || n.contains("未达成") || n.contains("未完成")) {
            return Optional.of(Achievement.NONE);
        }
        if (n.contains("部分") || n.contains("基本")) {
            return Optional.of(Achievement.PARTIAL);
        }
        if (n.startsWith("达成") || n.startsWith("已达成") || n.startsWith("完成") || n.startsWith("已完成")) {
            return Optional.of(Achievement.FULL);
        }
        return Optional.empty();
    }
}
