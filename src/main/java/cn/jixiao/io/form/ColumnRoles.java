package cn.jixiao.io.form;

import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.json.YamlCodec;
import cn.jixiao.model.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The column roles of {@code templates/forms/columns.yaml} (bundled in the jar): which header names mean which column
 * of an indicator table or a 项目资金 table, the title words that tell a form's kind, and the amount cells that mean
 * "not applicable". Read once, on first use.
 */
public final class ColumnRoles {
    static final String RESOURCE = "templates/forms/columns.yaml";
    /** A trailing score or unit in brackets: 产出指标(50分), 预算数(万元), 实施单位(盖章). */
    private static final Pattern SUFFIX = Pattern.compile("\\((\\d+(\\.\\d+)?分|万元|元|盖章|%)\\)$");

    /** The roles of an indicator table's columns. */
    public enum Role {
        LEVEL1("level1"), LEVEL2("level2"), LEVEL3("level3"), COMPARATOR("comparator"), DIRECTION("direction"),
        TARGET("target"), HALF_TARGET("half-target"), UNIT("unit"), ACTUAL("actual"), WEIGHT("weight"),
        SCORE("score"), REASON("reason"), EXPLANATION("explanation"), CRITERIA("criteria"),
        HALF_ACTUAL("half-actual"), EXPECTED("expected"), LIKELIHOOD("likelihood"), MEASURE("measure"),
        MONITORING("monitoring"), UNIT_NAME("unit-name"), PROJECT("project"), BUDGET("budget"),
        ANNUAL_GOAL("annual-goal");

        final String key;

        Role(String key) {
            this.key = key;
        }
    }

    /** The roles of a 项目资金 table's amount columns. */
    public enum FundingColumn {
        INITIAL("initial"), BUDGET("budget"), EXECUTED("executed"), HALF_EXECUTED("half-executed"),
        FORECAST("forecast"), RATE("rate"), WEIGHT("weight"), SCORE("score"), REASON("reason");

        final String key;

        FundingColumn(String key) {
            this.key = key;
        }
    }

    /** The kinds of form a title names. */
    public enum Kind {
        SELF_EVALUATION("self-evaluation"), MONITORING("monitoring"), DEPARTMENT_TARGET("department-target");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private static volatile ColumnRoles loaded;

    private final Map<Role, List<String>> roles = new EnumMap<>(Role.class);
    private final Map<FundingColumn, List<String>> funding = new EnumMap<>(FundingColumn.class);
    private final Map<Kind, List<String>> kinds = new EnumMap<>(Kind.class);
    private final List<String> notApplicable = new ArrayList<>();
    private final Map<FundingSource, List<String>> fundingLines = new EnumMap<>(FundingSource.class);
    private final List<String> expenseLines;
    private final List<String> fundingSections;
    private final List<String> fundingCaptions;

    private ColumnRoles(JsonNode root) {
        JsonNode columns = root.path("columns");
        for (Role r : Role.values()) {
            roles.put(r, entries(columns.path(r.key)));
        }
        JsonNode f = root.path("funding-columns");
        for (FundingColumn c : FundingColumn.values()) {
            funding.put(c, entries(f.path(c.key)));
        }
        JsonNode k = root.path("kinds");
        for (Kind kind : Kind.values()) {
            kinds.put(kind, entries(k.path(kind.key)));
        }
        JsonNode lines = root.path("funding-lines");
        for (FundingSource source : FundingSource.values()) {
            fundingLines.put(source, entries(lines.path(source.id())));
        }
        expenseLines = entries(root.path("expense-lines"));
        fundingSections = entries(root.path("funding-sections"));
        fundingCaptions = entries(root.path("funding-captions"));
        for (JsonNode n : root.path("not-applicable")) {
            notApplicable.add(n.asString().strip());
        }
    }

    private static List<String> entries(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(FormTableParser.norm(n.asString()));
        }
        return out;
    }

    /** The bundled column roles. */
    public static ColumnRoles get() {
        ColumnRoles r = loaded;
        if (r == null) {
            r = read();
            loaded = r;
        }
        return r;
    }

    private static ColumnRoles read() {
        try (InputStream in = ColumnRoles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DomainException("io.columns-missing", RESOURCE);
            }
            return new ColumnRoles(YamlCodec.MAPPER.readTree(in));
        } catch (JacksonException e) {
            throw new DomainException("io.malformed", RESOURCE, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header cell as compared: {@link FormTableParser#norm}, without a trailing score, unit or 盖章 bracket. */
    static String header(String cell) {
        String n = FormTableParser.norm(cell).replace('：', ':');
        while (n.endsWith(":")) {
            n = n.substring(0, n.length() - 1);
        }
        String stripped = SUFFIX.matcher(n).replaceFirst("");
        return stripped.isEmpty() ? n : stripped;
    }

    private static boolean matches(List<String> entries, String n) {
        for (String e : entries) {
            if (matches(e, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String e, String n) {
        if (e.length() > 2 && e.startsWith("*") && e.endsWith("*")) {
            String inner = e.substring(1, e.length() - 1);
            int star = inner.indexOf('*');
            if (star < 0) {
                return n.contains(inner);
            }
            int at = n.indexOf(inner.substring(0, star));
            return at >= 0 && n.indexOf(inner.substring(star + 1), at + star) >= 0;
        }
        if (e.length() > 1 && e.endsWith("*")) {
            return n.startsWith(e.substring(0, e.length() - 1));
        }
        return e.equals(n);
    }

    /** The role a header cell names, if any. Exact names win over patterns (完成值 is not 完成目标可能性). */
    public Optional<Role> role(String cell) {
        String n = header(cell);
        for (Map.Entry<Role, List<String>> r : roles.entrySet()) {
            if (r.getValue().contains(n)) {
                return Optional.of(r.getKey());
            }
        }
        for (Map.Entry<Role, List<String>> r : roles.entrySet()) {
            if (matches(r.getValue(), n)) {
                return Optional.of(r.getKey());
            }
        }
        return Optional.empty();
    }

    /** The roles of a row's cells by column, when the row is a header row of an indicator table; else empty. */
    public Optional<Map<Integer, Role>> headerRow(List<String> cells) {
        Map<Integer, Role> out = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isBlank()) {
                continue;
            }
            Optional<Role> r = role(cells.get(i));
            if (r.isPresent() && (r.get() == Role.MONITORING || !out.containsValue(r.get()))) {
                out.put(i, r.get());
            }
        }
        boolean levels = out.containsValue(Role.LEVEL1) || out.containsValue(Role.LEVEL3);
        boolean tree = out.containsValue(Role.LEVEL2) || out.containsValue(Role.LEVEL3) || out.containsValue(Role.TARGET);
        return levels && tree && out.size() >= 3 ? Optional.of(out) : Optional.empty();
    }

    /** The funding column a header cell names, if any. */
    public Optional<FundingColumn> fundingColumn(String cell) {
        String n = header(cell);
        for (Map.Entry<FundingColumn, List<String>> c : funding.entrySet()) {
            if (c.getValue().contains(n)) {
                return Optional.of(c.getKey());
            }
        }
        for (Map.Entry<FundingColumn, List<String>> c : funding.entrySet()) {
            if (matches(c.getValue(), n)) {
                return Optional.of(c.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether a row's first cell, as {@link #header} gives it, starts a 项目资金 table ({@code funding-sections}). */
    public boolean fundingSection(String first) {
        return matches(fundingSections, first);
    }

    /** Whether a cell of a 项目资金 header row heads the label column or names the table ({@code funding-captions}). */
    public boolean fundingCaption(String cell) {
        return matches(fundingCaptions, header(cell));
    }

    /** The kind of form a title names, if any. */
    public Optional<Kind> kind(String title) {
        String n = FormTableParser.norm(title);
        for (Map.Entry<Kind, List<String>> k : kinds.entrySet()) {
            if (matches(k.getValue(), n)) {
                return Optional.of(k.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether an amount cell means "not applicable" ({@code -}, {@code /}, {@code —}, {@code 无}). */
    public boolean notApplicable(String cell) {
        return notApplicable.contains(cell.strip());
    }

    /** A funding line's label without 其中: and a trailing colon. */
    static String fundingLabel(String cell) {
        String n = header(cell);
        return n.startsWith("其中:") ? n.substring(3) : n;
    }

    /** The funding source a 项目资金 line's label names, if any. */
    public Optional<FundingSource> fundingLine(String cell) {
        String n = fundingLabel(cell);
        for (Map.Entry<FundingSource, List<String>> e : fundingLines.entrySet()) {
            if (matches(e.getValue(), n)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether a 项目资金 line's label names a 支出 line (项目支出, 基本支出). */
    public boolean expenseLine(String cell) {
        return matches(expenseLines, fundingLabel(cell));
    }
}
