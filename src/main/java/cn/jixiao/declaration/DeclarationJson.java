package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.Funding;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.Header;
import cn.jixiao.declaration.model.Narrative;
import cn.jixiao.declaration.model.TemplateRef;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorTree;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.indicator.model.ValueGrammar;
import cn.jixiao.json.Json;
import cn.jixiao.model.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.CharArrayWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lossless JSON form of a declaration (schema {@value #SCHEMA}, documented in the README). Values are
 * kept as the text entered; amounts as exact decimals. Used for stored revisions, {@code show --json} and
 * export/import.
 */
public final class DeclarationJson {
    public static final String SCHEMA = "jixiao.declaration/1";

    private DeclarationJson() {
    }

    /** The JSON tree (show --json, export, drafts): what {@link #compact} writes, as nodes. */
    public static ObjectNode toJson(Declaration d) {
        return (ObjectNode) Json.MAPPER.readTree(compact(d));
    }

    /** The compact JSON text, written straight from the declaration (stored revisions: no tree in between). */
    public static String compact(Declaration d) {
        return written(d, COMPACT);
    }

    /** The indented JSON text ({@code show --json}, {@code export}), written straight from the declaration. */
    public static String pretty(Declaration d) {
        return written(d, PRETTY);
    }

    private static final tools.jackson.databind.ObjectWriter COMPACT = Json.MAPPER.writer();
    private static final tools.jackson.databind.ObjectWriter PRETTY = Json.MAPPER.writer()
            .with(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private static String written(Declaration d, tools.jackson.databind.ObjectWriter writer) {
        CharArrayWriter out = BUFFER.get();
        out.reset();
        try (JsonGenerator g = writer.createGenerator(out)) {
            write(d, g);
        }
        return out.toString();
    }

    /** One growing buffer per thread: an import writes thousands of bodies, each needs only the final string. */
    private static final ThreadLocal<CharArrayWriter> BUFFER = ThreadLocal.withInitial(() -> new CharArrayWriter(8192));

    /** Writes the declaration as one JSON object. */
    public static void write(Declaration d, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("schema", SCHEMA);
        if (d.id() > 0) {
            g.writeNumberProperty("id", d.id());
            g.writeNumberProperty("revision", d.revision());
        }
        g.writeStringProperty("framework", d.frameworkId());
        Header h = d.header();
        g.writeName("header");
        g.writeStartObject();
        g.writeStringProperty("name", h.name());
        g.writeNumberProperty("year", h.year());
        g.writeStringProperty("department", h.department());
        g.writeStringProperty("projectType", h.projectType());
        g.writeStringProperty("projectLevel", h.projectLevel());
        g.writeStringProperty("startTime", h.startTime());
        g.writeStringProperty("endTime", h.endTime());
        g.writeStringProperty("implementer", h.implementer());
        g.writeStringProperty("contact", h.contact());
        if (!h.title().isEmpty()) {
            g.writeStringProperty("title", h.title());
        }
        g.writeEndObject();
        Narrative n = d.narrative();
        g.writeName("narrative");
        g.writeStartObject();
        g.writeStringProperty("necessity", n.necessity());
        g.writeStringProperty("feasibility", n.feasibility());
        g.writeStringProperty("content", n.content());
        g.writeStringProperty("overview", n.overview());
        g.writeStringProperty("feasibilityNote", n.feasibilityNote());
        g.writeStringProperty("midTermGoal", n.midTermGoal());
        g.writeStringProperty("annualGoal", n.annualGoal());
        g.writeEndObject();
        g.writeName("funding");
        g.writeStartObject();
        g.writeName("sources");
        g.writeStartObject();
        for (FundingSource s : FundingSource.values()) {
            Optional<BigDecimal> a = d.funding().amount(s);
            if (a.isPresent()) {
                g.writeNumberProperty(s.id(), a.get());
            }
        }
        g.writeEndObject();
        g.writeName("expenses");
        g.writeStartArray();
        for (Expense e : d.funding().expenses()) {
            g.writeStartObject();
            g.writeStringProperty("name", e.name());
            amount(g, "half", e.half());
            amount(g, "full", e.full());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        if (!d.templates().isEmpty()) {
            g.writeName("templates");
            g.writeStartArray();
            for (TemplateRef t : d.templates()) {
                g.writeStartObject();
                g.writeStringProperty("id", t.id());
                g.writeNumberProperty("version", t.version());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeName("indicators");
        g.writeStartArray();
        for (Level1 l1 : d.tree().level1s()) {
            g.writeStartObject();
            g.writeStringProperty("name", l1.name());
            g.writeName("children");
            g.writeStartArray();
            for (Level2 l2 : l1.children()) {
                g.writeStartObject();
                g.writeStringProperty("name", l2.name());
                g.writeName("indicators");
                g.writeStartArray();
                for (Indicator i : l2.indicators()) {
                    g.writeStartObject();
                    g.writeStringProperty("name", i.name());
                    g.writeStringProperty("half", i.half().text());
                    g.writeStringProperty("full", i.full().text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void amount(JsonGenerator g, String name, Optional<BigDecimal> a) {
        if (a.isPresent()) {
            g.writeNumberProperty(name, a.get());
        } else {
            g.writeNullProperty(name);
        }
    }

    /** Reads a declaration from a JSON (or YAML) tree; {@code where} names the source in error messages. */
    public static Declaration fromJson(JsonNode root, String where) {
        if (!root.isObject()) {
            throw new DomainException("json.not-object", where);
        }
        try (JsonParser p = Json.MAPPER.treeAsTokens(root)) {
            p.nextToken();
            return read(p, where);
        }
    }

    /** Reads a declaration from JSON text (a stored revision). */
    public static Declaration fromJson(String text, String where) {
        try (JsonParser p = Json.MAPPER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DomainException("json.not-object", where);
            }
            Declaration d = read(p, where);
            if (p.nextToken() != null) {
                throw new DomainException("json.not-object", where);
            }
            return d;
        }
    }

    /**
     * Reads one declaration from a parser on its START_OBJECT, leaving it on the matching END_OBJECT: fields in
     * any order, unknown fields skipped, a missing field empty (the document is read as it is streamed, no tree).
     */
    public static Declaration read(JsonParser p, String where) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new DomainException("json.not-object", where);
        }
        int depth = p.streamReadContext().getNestingDepth();
        try {
            return readObject(p, where);
        } catch (JacksonException e) {
            throw e;
        } catch (RuntimeException e) {
            // a value the domain refuses: finish the object, so that a reader of many can go on with the next
            while (!(p.currentToken() == JsonToken.END_OBJECT && p.streamReadContext().getNestingDepth() < depth)) {
                if (p.nextToken() == null) {
                    break;
                }
            }
            throw e;
        }
    }

    private static Declaration readObject(JsonParser p, String where) {
        String schema = "";
        long id = 0;
        int revision = 0;
        String framework = null;
        String[] header = new String[HEADER.size()];
        int[] year = {0};
        String[] narrative = new String[NARRATIVE.size()];
        Map<FundingSource, BigDecimal> sources = new EnumMap<>(FundingSource.class);
        List<Expense> expenses = new ArrayList<>();
        List<TemplateRef> templates = new ArrayList<>();
        List<Level1> level1s = new ArrayList<>();
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            p.nextToken();
            switch (field) {
                case "schema" -> schema = scalar(p, "");
                case "id" -> id = number(p);
                case "revision" -> revision = (int) number(p);
                case "framework" -> framework = scalar(p, null);
                case "header" -> textFields(p, HEADER, header, f -> {
                    if (f.equals("year")) {
                        year[0] = (int) number(p);
                    } else {
                        p.skipChildren();
                    }
                });
                case "narrative" -> textFields(p, NARRATIVE, narrative, f -> p.skipChildren());
                case "funding" -> funding(p, where, sources, expenses);
                case "templates" -> {
                    if (arrayStart(p)) {
                        while (nextElement(p)) {
                            templates.add(template(p));
                        }
                    }
                }
                case "indicators" -> {
                    if (arrayStart(p)) {
                        while (nextElement(p)) {
                            level1s.add(level1(p));
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (!schema.isEmpty() && !schema.equals(SCHEMA)) {
            throw new DomainException("json.schema", where, schema, SCHEMA);
        }
        String name = or(header[0]);
        if (name.isBlank()) {
            throw new DomainException("json.missing", where, "header.name");
        }
        Header h = new Header(name, or(header[1]), or(header[2]), or(header[3]), or(header[4]), or(header[5]),
                or(header[6]), or(header[7]), year[0], or(header[8]));
        Narrative n = new Narrative(or(narrative[0]), or(narrative[1]), or(narrative[2]), or(narrative[3]),
                or(narrative[4]), or(narrative[5]), or(narrative[6]));
        return new Declaration(id, revision, h, n, new Funding(sources, expenses),
                framework == null ? "jiangsu-project" : framework, new IndicatorTree(level1s), templates);
    }

    /** Header fields in the order of the {@link Header} constructor (year apart). */
    private static final List<String> HEADER = List.of("name", "department", "projectType", "projectLevel",
            "startTime", "endTime", "implementer", "contact", "title");
    private static final List<String> NARRATIVE = List.of("necessity", "feasibility", "content", "overview",
            "feasibilityNote", "midTermGoal", "annualGoal");

    /**
     * An object of text fields: each field named in {@code names} goes to its slot of {@code into}; {@code other}
     * hears the name of any other field, with the parser on its value, and must consume it.
     */
    private static void textFields(JsonParser p, List<String> names, String[] into,
                                   java.util.function.Consumer<String> other) {
        for (String f = objectStart(p); f != null; f = p.nextName()) {
            p.nextToken();
            int k = names.indexOf(f);
            if (k >= 0) {
                into[k] = scalar(p, "");
            } else {
                other.accept(f);
            }
        }
    }

    /** {@code "funding": {"sources": {…}, "expenses": […]}}. */
    private static void funding(JsonParser p, String where, Map<FundingSource, BigDecimal> sources,
                                List<Expense> expenses) {
        for (String f = objectStart(p); f != null; f = p.nextName()) {
            p.nextToken();
            if (f.equals("sources")) {
                for (String s = objectStart(p); s != null; s = p.nextName()) {
                    p.nextToken();
                    String key = s;
                    FundingSource source = FundingSource.find(key)
                            .orElseThrow(() -> new DomainException("json.unknown-source", where, key));
                    amount(p, where).ifPresent(a -> sources.put(source, a));
                }
            } else if (f.equals("expenses")) {
                if (arrayStart(p)) {
                    while (nextElement(p)) {
                        expenses.add(expense(p, where));
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static Expense expense(JsonParser p, String where) {
        String name = "";
        Optional<BigDecimal> half = Optional.empty();
        Optional<BigDecimal> full = Optional.empty();
        for (String f = objectStart(p); f != null; f = p.nextName()) {
            p.nextToken();
            switch (f) {
                case "name" -> name = scalar(p, "");
                case "half" -> half = amount(p, where);
                case "full" -> full = amount(p, where);
                default -> p.skipChildren();
            }
        }
        return new Expense(name, half, full);
    }

    private static TemplateRef template(JsonParser p) {
        String id = "";
        int version = 0;
        for (String f = objectStart(p); f != null; f = p.nextName()) {
            p.nextToken();
            switch (f) {
                case "id" -> id = scalar(p, "");
                case "version" -> version = (int) number(p);
                default -> p.skipChildren();
            }
        }
        return new TemplateRef(id, version);
    }

    private static Level1 level1(JsonParser p) {
        Named<Level2> n = named(p, "children", DeclarationJson::level2);
        return new Level1(n.name(), n.items());
    }

    private static Level2 level2(JsonParser p) {
        Named<Indicator> n = named(p, "indicators", DeclarationJson::indicator);
        return new Level2(n.name(), n.items());
    }

    private record Named<T>(String name, List<T> items) {
    }

    /** A {@code {"name": …, <list>: [ … ]}} object of the tree: its name and its items, read by {@code item}. */
    private static <T> Named<T> named(JsonParser p, String list, java.util.function.Function<JsonParser, T> item) {
        String name = "";
        List<T> items = new ArrayList<>();
        for (String f = objectStart(p); f != null; f = p.nextName()) {
            p.nextToken();
            if (f.equals("name")) {
                name = scalar(p, "");
            } else if (f.equals(list)) {
                items.clear();
                if (arrayStart(p)) {
                    while (nextElement(p)) {
                        items.add(item.apply(p));
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return new Named<>(name, items);
    }

    private static Indicator indicator(JsonParser p) {
        String name = "";
        String half = "";
        String full = "";
        for (String f = objectStart(p); f != null; f = p.nextName()) {
            p.nextToken();
            switch (f) {
                case "name" -> name = scalar(p, "");
                case "half" -> half = scalar(p, "");
                case "full" -> full = scalar(p, "");
                default -> p.skipChildren();
            }
        }
        return new Indicator(name, ValueGrammar.parse(half), ValueGrammar.parse(full));
    }

    /**
     * On a value that should be an object: its first field name (null for an empty object). Anything else is
     * skipped and read as an empty object, as a tree's {@code path()} would.
     */
    private static String objectStart(JsonParser p) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        return p.nextName();
    }

    /** On a value that should be an array: true when it is one; anything else is skipped and read as empty. */
    private static boolean arrayStart(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return false;
        }
        return true;
    }

    /** Moves to the next element of the array the parser is in; false at its end. */
    private static boolean nextElement(JsonParser p) {
        return p.nextToken() != JsonToken.END_ARRAY;
    }

    /** A scalar as text (numbers and booleans as written); null, objects and arrays give {@code otherwise}. */
    private static String scalar(JsonParser p, String otherwise) {
        JsonToken t = p.currentToken();
        if (isContainer(t)) {
            p.skipChildren();
            return otherwise;
        }
        return t == JsonToken.VALUE_NULL ? otherwise : p.getValueAsString(otherwise);
    }

    /**
     * A whole number as a tree's {@code asLong(0)} reads it: a number (truncated), a text holding one ("2026"), true as
     * 1; anything else 0. The same from JSON text and from a YAML tree.
     */
    private static long number(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getValueAsLong(0);
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return new BigDecimal(p.getString().strip()).longValue();
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        if (t == JsonToken.VALUE_TRUE) {
            return 1;
        }
        p.skipChildren();
        return 0;
    }

    private static boolean isContainer(JsonToken t) {
        return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    /** An amount: a number, a text like "58.17" or "5,817.00", or null. */
    private static Optional<BigDecimal> amount(JsonParser p, String where) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = p.getDecimalValue();
            return Optional.of(cn.jixiao.declaration.model.Amounts.checked(value, value.toPlainString()));
        }
        if (t == JsonToken.VALUE_STRING) {
            return cn.jixiao.declaration.model.Amounts.parse(p.getString());
        }
        String shown = isContainer(t) ? Json.compact(Json.MAPPER.reader()
                .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(p)) : p.getString();
        throw new DomainException("json.bad-amount", where, shown);
    }
}
