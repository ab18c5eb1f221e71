package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.HeaderField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The official form's layout in five columns, shared by the Markdown and xlsx writers (and read back by
 * {@link FormTableParser}): header pairs, narrative rows, the 项目资金 block, goals and the indicator table.
 */
final class FormLayout {
    static final String TITLE = "项目预算绩效目标表";
    static final int COLUMNS = 5;

    /** What a row is, for the xlsx writer's merging and styling. */
    enum Kind { PAIR, TEXT, FUNDING_HEAD, INCOME, FISCAL, FISCAL_PART, EXPENSE_HEAD, EXPENSE, INDICATOR_HEAD, INDICATOR }

    /** One row of the layout; amount cells carry their decimal. */
    record Row(Kind kind, List<String> cells, List<Optional<BigDecimal>> amounts) {
        static Row of(Kind kind, String... cells) {
            List<Optional<BigDecimal>> none = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                none.add(Optional.empty());
            }
            return new Row(kind, List.of(cells), none);
        }
    }

    private FormLayout() {
    }

    static List<Row> rows(Declaration d) {
        List<Row> rows = new ArrayList<>();
        pair(rows, d, HeaderField.NAME, HeaderField.DEPARTMENT);
        pair(rows, d, HeaderField.TYPE, HeaderField.LEVEL);
        pair(rows, d, HeaderField.START, HeaderField.END);
        pair(rows, d, HeaderField.IMPLEMENTER, HeaderField.CONTACT);
        for (HeaderField f : List.of(HeaderField.NECESSITY, HeaderField.FEASIBILITY, HeaderField.CONTENT,
                HeaderField.OVERVIEW, HeaderField.FEASIBILITY_NOTE)) {
            String v = f.get(d);
            boolean district = f == HeaderField.OVERVIEW || f == HeaderField.FEASIBILITY_NOTE;
            if (!district || !v.isEmpty()) {
                rows.add(Row.of(Kind.TEXT, f.label(), v, "", "", ""));
            }
        }
        rows.add(Row.of(Kind.FUNDING_HEAD, "项目资金(万元)", "收入", "", "", "全年(程)预算数"));
        for (FundingSource s : FundingSource.values()) {
            Optional<BigDecimal> a = d.funding().amount(s);
            Row row;
            if (s == FundingSource.FISCAL) {
                row = amountRow(Kind.FISCAL, a, "", "", "财政拨款", "小计");
            } else if (FundingSource.fiscalParts().contains(s)) {
                row = amountRow(Kind.FISCAL_PART, a, "", "", "", s.label());
            } else {
                row = amountRow(Kind.INCOME, a, "", "", s.label(), "");
            }
            rows.add(row);
        }
        rows.add(Row.of(Kind.EXPENSE_HEAD, "", "支出", "项目支出明细", "半年(程)计划执行数", "全年(程)预算数"));
        for (Expense e : d.funding().expenses()) {
            rows.add(new Row(Kind.EXPENSE, List.of("", "", e.name(), e.half().map(FormLayout::plain).orElse(""),
                            e.full().map(FormLayout::plain).orElse("")),
                    List.of(Optional.empty(), Optional.empty(), Optional.empty(), e.half(), e.full())));
        }
        rows.add(Row.of(Kind.TEXT, HeaderField.MID_TERM_GOAL.label(), d.narrative().midTermGoal(), "", "", ""));
        rows.add(Row.of(Kind.TEXT, HeaderField.ANNUAL_GOAL.label(), d.narrative().annualGoal(), "", "", ""));
        rows.add(Row.of(Kind.INDICATOR_HEAD, "一级指标", "二级指标", "三级指标", "半年(程)指标值", "全年(程)指标值"));
        for (var l1 : d.tree().level1s()) {
            boolean first1 = true;
            if (l1.children().isEmpty()) {
                rows.add(Row.of(Kind.INDICATOR, l1.name(), "", "", "", ""));
            }
            for (var l2 : l1.children()) {
                boolean first2 = true;
                if (l2.indicators().isEmpty()) {
                    rows.add(Row.of(Kind.INDICATOR, first1 ? l1.name() : "", l2.name(), "", "", ""));
                    first1 = false;
                }
                for (var i : l2.indicators()) {
                    rows.add(Row.of(Kind.INDICATOR, first1 ? l1.name() : "", first2 ? l2.name() : "", i.name(),
                            i.half().text(), i.full().text()));
                    first1 = false;
                    first2 = false;
                }
            }
        }
        return rows;
    }

    /** The title a form prints: its own, else the layout's default. */
    static String title(Declaration d) {
        return d.header().title().isEmpty() ? TITLE : d.header().title();
    }

    /**
     * The title a form states, as a declaration keeps it: without Markdown marks, spaces and a year in brackets
     * ({@code （2026年度）}: the year has its own line); "" when it is the layout's default.
     */
    static String ownTitle(String cell) {
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '*' && c != '#' && c != ' ' && (c < '\t' || c > '\r')) { // \\s: ASCII whitespace
                sb.append(c);
            }
        }
        int year = yearSuffix(sb);
        String t = sb.substring(0, sb.length() - year);
        return t.equals(TITLE) ? "" : t;
    }

    /** The length of a trailing {@code (2026年)} or {@code （2026年度）} ({@code [(（]\\d{4}年度?[)）]$}), or 0. */
    private static int yearSuffix(CharSequence t) {
        int n = t.length();
        if (n < 7 || t.charAt(n - 1) != ')' && t.charAt(n - 1) != '）') {
            return 0;
        }
        int y = t.charAt(n - 2) == '度' ? n - 3 : n - 2;
        if (y < 5 || t.charAt(y) != '年' || t.charAt(y - 5) != '(' && t.charAt(y - 5) != '（') {
            return 0;
        }
        for (int i = y - 4; i < y; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return 0;
            }
        }
        return n - (y - 5);
    }

    private static Row amountRow(Kind kind, Optional<BigDecimal> a, String c0, String c1, String c2, String c3) {
        return new Row(kind, List.of(c0, c1, c2, c3, a.map(FormLayout::plain).orElse("")),
                List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), a));
    }

    /** An amount as stored: its own decimals (30 stays 30, 58.17 stays 58.17). */
    static String plain(BigDecimal a) {
        return a.toPlainString();
    }

    private static void pair(List<Row> rows, Declaration d, HeaderField a, HeaderField b) {
        rows.add(Row.of(Kind.PAIR, a.label(), a.get(d), "", b.label(), b.get(d)));
    }
}
