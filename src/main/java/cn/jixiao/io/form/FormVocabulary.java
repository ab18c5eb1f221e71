package cn.jixiao.io.form;

import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.json.YamlCodec;
import cn.jixiao.model.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The form vocabulary: the labels {@link FormTableParser} recognises, read from {@code templates/forms/labels.yaml}
 * (bundled in the jar) and, when a templates directory is configured, from its {@code forms/labels.yaml}, which adds
 * labels and wins where both give one label different meanings. Labels are compared as {@link FormTableParser#norm}
 * leaves them; an entry {@code x*} matches labels starting with x, {@code *x*} labels containing x.
 *
 * <p>The active vocabulary is process-wide: the readers are static and are used by import, validate --file and the
 * benchmark alike. {@link #configure} names the directory (the application does so at start-up); the files are read
 * on first use.
 */
public final class FormVocabulary {
    static final String RESOURCE = "templates/forms/labels.yaml";

    private static volatile Optional<Path> directory = Optional.empty();
    private static volatile FormVocabulary active;

    /** A set of labels: exact ones, prefixes and parts. */
    static final class Labels {
        final Set<String> exact = new HashSet<>();
        final List<String> prefixes = new ArrayList<>();
        final List<String> parts = new ArrayList<>();

        void add(String entry) {
            String e = FormTableParser.norm(entry);
            if (e.length() > 2 && e.startsWith("*") && e.endsWith("*")) {
                parts.add(e.substring(1, e.length() - 1));
            } else if (e.length() > 1 && e.endsWith("*")) {
                prefixes.add(e.substring(0, e.length() - 1));
            } else {
                exact.add(e);
            }
        }

        void remove(String entry) {
            exact.remove(FormTableParser.norm(entry));
        }

        /**
         * Whether the normalised label {@code n} is one of these. Not remembered here: the parser keeps each answer
         * beside the label, once per file.
         */
        boolean matches(String n) {
            if (exact.contains(n)) {
                return true;
            }
            // indexed loops: asked of many cells per row, and an iterator per call is garbage an import pays for
            for (int i = 0, size = prefixes.size(); i < size; i++) {
                if (n.startsWith(prefixes.get(i))) {
                    return true;
                }
            }
            for (int i = 0, size = parts.size(); i < size; i++) {
                if (n.contains(parts.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    final Map<String, HeaderField> header = new HashMap<>();
    final String labelPrefix;
    /** Funding labels by source, the maintainer's copy first (its entries are checked before the bundled ones). */
    final Map<FundingSource, Labels> funding = new LinkedHashMap<>();
    final Map<String, FundingSource> fundingExact = new HashMap<>();
    final Labels income = new Labels();
    final Labels expense = new Labels();
    final Labels columnHeader = new Labels();
    final Labels halfYear = new Labels();
    final Labels fullYear = new Labels();
    final Labels expenseHeader = new Labels();
    final Labels level1Header = new Labels();
    final Labels level2Header = new Labels();
    final Labels level3Header = new Labels();
    final Labels level1 = new Labels();
    final Labels level2 = new Labels();
    final Labels notIndicator = new Labels();
    final List<Pattern> placeholders = new ArrayList<>();
    /**
     * One matcher per placeholder pattern and thread, reset for each cell: {@link #notIndicator} is asked of every
     * indicator row, and a new matcher each time was the largest garbage of a Markdown import.
     */
    private final ThreadLocal<java.util.regex.Matcher[]> placeholderMatchers = ThreadLocal.withInitial(
            () -> placeholders.stream().map(p -> p.matcher("")).toArray(java.util.regex.Matcher[]::new));
    final Labels title = new Labels();

    private FormVocabulary(List<Source> sources) {
        StringBuilder prefix = new StringBuilder();
        for (FundingSource s : FundingSource.values()) {
            funding.put(s, new Labels());
        }
        for (Framework.Section s : Framework.JIANGSU.sections()) {
            s.level2().forEach(level2::add);
        }
        for (Source source : sources) {
            read(source, prefix);
        }
        this.labelPrefix = prefix.toString();
    }

    /** One vocabulary file: its text and the name it is reported under. */
    record Source(String name, String text) {
    }

    /** The bundled vocabulary alone. */
    public static FormVocabulary bundled() {
        return new FormVocabulary(List.of(bundledSource()));
    }

    /** The bundled vocabulary with {@code extra} (a maintainer's labels.yaml text) over it. */
    public static FormVocabulary with(String name, String extra) {
        return new FormVocabulary(List.of(bundledSource(), new Source(name, extra)));
    }

    /** The vocabulary the readers use: the bundled one, with the configured directory's labels.yaml over it. */
    public static FormVocabulary active() {
        FormVocabulary v = active;
        if (v == null) {
            synchronized (FormVocabulary.class) {
                v = active;
                if (v == null) {
                    v = load(directory);
                    active = v;
                }
            }
        }
        return v;
    }

    /**
     * Names the templates directory whose {@code forms/labels.yaml} adds to the bundled vocabulary (empty: none);
     * the files are read again on next use.
     */
    public static synchronized void configure(Optional<Path> templatesDirectory) {
        directory = templatesDirectory;
        active = null;
    }

    private static FormVocabulary load(Optional<Path> dir) {
        Optional<Path> file = dir.map(d -> d.resolve("forms").resolve("labels.yaml")).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return bundled();
        }
        try {
            return with(file.get().toString(), Files.readString(file.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DomainException("io.vocabulary-bad", file.get().toString(), String.valueOf(e.getMessage()));
        }
    }

    private static Source bundledSource() {
        try (InputStream in = FormVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new Source(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(Source source, StringBuilder prefix) {
        JsonNode root;
        try {
            root = YamlCodec.MAPPER.readTree(source.text());
        } catch (JacksonException e) {
            String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new DomainException("io.vocabulary-bad", source.name(), what);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            throw new DomainException("io.vocabulary-bad", source.name(), "not a mapping");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            switch (key) {
                case "header" -> forEachField(source, key, value, (field, label) -> {
                    HeaderField f = HeaderField.find(field).filter(x -> x != HeaderField.YEAR)
                            .orElseThrow(() -> bad(source, key + "." + field, "unknown field"));
                    header.put(FormTableParser.norm(label), f);
                });
                case "funding" -> forEachField(source, key, value, (field, label) -> {
                    FundingSource s = FundingSource.find(field)
                            .orElseThrow(() -> bad(source, key + "." + field, "unknown funding source"));
                    // the later file wins: the label leaves every other source
                    funding.values().forEach(l -> l.remove(label));
                    funding.get(s).add(label);
                    fundingExact.put(FormTableParser.norm(label), s);
                });
                case "label-prefix" -> prefix.append(value.asString());
                case "income" -> list(source, key, value).forEach(income::add);
                case "expense" -> list(source, key, value).forEach(expense::add);
                case "column-header" -> list(source, key, value).forEach(columnHeader::add);
                case "half-year" -> list(source, key, value).forEach(halfYear::add);
                case "full-year" -> list(source, key, value).forEach(fullYear::add);
                case "expense-header" -> list(source, key, value).forEach(expenseHeader::add);
                case "level1-header" -> list(source, key, value).forEach(level1Header::add);
                case "level2-header" -> list(source, key, value).forEach(level2Header::add);
                case "level3-header" -> list(source, key, value).forEach(level3Header::add);
                case "level1" -> list(source, key, value).forEach(level1::add);
                case "level2" -> list(source, key, value).forEach(level2::add);
                case "not-indicator" -> list(source, key, value).forEach(notIndicator::add);
                case "placeholder" -> list(source, key, value).forEach(p -> {
                    try {
                        placeholders.add(Pattern.compile(p));
                    } catch (PatternSyntaxException x) {
                        throw bad(source, key, p);
                    }
                });
                case "title" -> list(source, key, value).forEach(title::add);
                default -> throw bad(source, key, "unknown key");
            }
        }
    }

    private interface FieldLabel {
        void accept(String field, String label);
    }

    private static void forEachField(Source source, String key, JsonNode value, FieldLabel each) {
        if (!value.isObject()) {
            throw bad(source, key, "expected a mapping of lists");
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            for (String label : list(source, key + "." + e.getKey(), e.getValue())) {
                each.accept(e.getKey(), label);
            }
        }
    }

    private static List<String> list(Source source, String key, JsonNode value) {
        if (value.isString()) {
            return List.of(value.asString());
        }
        if (!value.isArray()) {
            throw bad(source, key, "expected a list of labels");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : value) {
            if (!n.isValueNode() || n.asString().isBlank()) {
                throw bad(source, key, "expected a list of labels");
            }
            out.add(n.asString());
        }
        return out;
    }

    private static DomainException bad(Source source, String where, String what) {
        return new DomainException("io.vocabulary-bad", source.name(), where + ": " + what);
    }

    // ---- questions the parser asks --------------------------------------------------------------------

    /** The header field a label names, also after a numbering or system-code prefix; null when none. */
    HeaderField headerField(String n) {
        HeaderField f = header.get(n);
        if (f != null || n.isEmpty() || labelPrefix.indexOf(n.charAt(0)) < 0) {
            return f;
        }
        int i = 0;
        while (i < n.length() && labelPrefix.indexOf(n.charAt(i)) >= 0) {
            i++;
        }
        return i < n.length() ? header.get(n.substring(i)) : null;
    }

    /** The funding source a label names, or null (asked of many cells per row). */
    FundingSource fundingLabel(String n) {
        FundingSource s = fundingExact.get(n);
        if (s != null) {
            return s;
        }
        for (Map.Entry<FundingSource, Labels> e : funding.entrySet()) {
            if (e.getValue().matches(n)) {
                return e.getKey();
            }
        }
        return null;
    }

    boolean isTitle(String n) {
        return n.length() <= 40 && title.matches(n);
    }

    boolean isColumnHeader(String n) {
        return columnHeader.matches(n);
    }

    /** The 一级 a cell names, without a score suffix ({@code 产出指标(50分)}), or null. */
    String level1(String n) {
        if (level1.matches(n)) {
            return n;
        }
        String bare = withoutScore(n);
        return bare != n && level1.matches(bare) ? bare : null;
    }

    /** The 二级 a cell names ({@code 社会效益指标} is 社会效益 when that is known), or null. */
    String level2(String n) {
        String bare = withoutScore(n);
        if (bare.endsWith("指标") && bare.length() > 2) {
            String stem = bare.substring(0, bare.length() - 2);
            if (level2.exact.contains(stem) && !level2.exact.contains(bare)) {
                return stem;
            }
        }
        return level2.matches(bare) ? bare : null;
    }

    /** Whether a row whose first cell is {@code n} is never an indicator (合计, 评价结论, 指标1:, ……). */
    boolean notIndicator(String n) {
        if (notIndicator.matches(n)) {
            return true;
        }
        java.util.regex.Matcher[] matchers = placeholderMatchers.get();
        for (java.util.regex.Matcher m : matchers) {
            if (m.reset(n).matches()) {
                m.reset(""); // don't keep the cell's text reachable from the thread
                return true;
            }
        }
        return false;
    }

    /** {@code n} without a trailing score {@code (50分)} / {@code (50)}; {@code n} itself when it has none. */
    static String withoutScore(String n) {
        if (!n.endsWith(")")) {
            return n;
        }
        int open = n.lastIndexOf('(');
        if (open <= 0) {
            return n;
        }
        String inside = n.substring(open + 1, n.length() - 1);
        if (inside.endsWith("分")) {
            inside = inside.substring(0, inside.length() - 1);
        }
        return !inside.isEmpty() && inside.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.') ? n.substring(0, open) : n;
    }
}
