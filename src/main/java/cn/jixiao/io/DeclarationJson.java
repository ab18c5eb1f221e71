package cn.jixiao.io;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.DomainException;
import cn.jixiao.declaration.Expense;
import cn.jixiao.declaration.Funding;
import cn.jixiao.declaration.FundingSource;
import cn.jixiao.declaration.Header;
import cn.jixiao.declaration.Narrative;
import cn.jixiao.declaration.TemplateRef;
import cn.jixiao.indicator.Indicator;
import cn.jixiao.indicator.IndicatorTree;
import cn.jixiao.indicator.Level1;
import cn.jixiao.indicator.Level2;
import cn.jixiao.indicator.ValueGrammar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

    public static ObjectNode toJson(Declaration d) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        if (d.id() > 0) {
            root.put("id", d.id());
            root.put("revision", d.revision());
        }
        root.put("framework", d.frameworkId());
        Header h = d.header();
        ObjectNode header = root.putObject("header");
        header.put("name", h.name());
        header.put("year", h.year());
        header.put("department", h.department());
        header.put("projectType", h.projectType());
        header.put("projectLevel", h.projectLevel());
        header.put("startTime", h.startTime());
        header.put("endTime", h.endTime());
        header.put("implementer", h.implementer());
        header.put("contact", h.contact());
        Narrative n = d.narrative();
        ObjectNode narrative = root.putObject("narrative");
        narrative.put("necessity", n.necessity());
        narrative.put("feasibility", n.feasibility());
        narrative.put("content", n.content());
        narrative.put("overview", n.overview());
        narrative.put("feasibilityNote", n.feasibilityNote());
        narrative.put("midTermGoal", n.midTermGoal());
        narrative.put("annualGoal", n.annualGoal());
        ObjectNode funding = root.putObject("funding");
        ObjectNode sources = funding.putObject("sources");
        for (FundingSource s : FundingSource.values()) {
            d.funding().amount(s).ifPresent(a -> sources.put(s.id(), a));
        }
        ArrayNode expenses = funding.putArray("expenses");
        for (Expense e : d.funding().expenses()) {
            ObjectNode line = expenses.addObject();
            line.put("name", e.name());
            e.half().ifPresentOrElse(a -> line.put("half", a), () -> line.putNull("half"));
            e.full().ifPresentOrElse(a -> line.put("full", a), () -> line.putNull("full"));
        }
        if (!d.templates().isEmpty()) {
            ArrayNode templates = root.putArray("templates");
            for (TemplateRef t : d.templates()) {
                templates.addObject().put("id", t.id()).put("version", t.version());
            }
        }
        ArrayNode tree = root.putArray("indicators");
        for (Level1 l1 : d.tree().level1s()) {
            ObjectNode n1 = tree.addObject();
            n1.put("name", l1.name());
            ArrayNode c1 = n1.putArray("children");
            for (Level2 l2 : l1.children()) {
                ObjectNode n2 = c1.addObject();
                n2.put("name", l2.name());
                ArrayNode c2 = n2.putArray("indicators");
                for (Indicator i : l2.indicators()) {
                    ObjectNode n3 = c2.addObject();
                    n3.put("name", i.name());
                    n3.put("half", i.half().text());
                    n3.put("full", i.full().text());
                }
            }
        }
        return root;
    }

    /** Reads a declaration; {@code where} names the source (file, revision) in error messages. */
    public static Declaration fromJson(JsonNode root, String where) {
        if (!root.isObject()) {
            throw new DomainException("json.not-object", where);
        }
        String schema = root.path("schema").asString("");
        if (!schema.isEmpty() && !schema.equals(SCHEMA)) {
            throw new DomainException("json.schema", where, schema, SCHEMA);
        }
        JsonNode h = root.path("header");
        String name = text(h, "name");
        if (name.isBlank()) {
            throw new DomainException("json.missing", where, "header.name");
        }
        Header header = new Header(name, text(h, "department"), text(h, "projectType"), text(h, "projectLevel"),
                text(h, "startTime"), text(h, "endTime"), text(h, "implementer"), text(h, "contact"),
                h.path("year").asInt(0));
        JsonNode n = root.path("narrative");
        Narrative narrative = new Narrative(text(n, "necessity"), text(n, "feasibility"), text(n, "content"),
                text(n, "overview"), text(n, "feasibilityNote"), text(n, "midTermGoal"), text(n, "annualGoal"));
        Map<FundingSource, BigDecimal> sources = new EnumMap<>(FundingSource.class);
        JsonNode src = root.path("funding").path("sources");
        for (Map.Entry<String, JsonNode> e : src.properties()) {
            FundingSource s = FundingSource.find(e.getKey())
                    .orElseThrow(() -> new DomainException("json.unknown-source", where, e.getKey()));
            amount(e.getValue(), where).ifPresent(a -> sources.put(s, a));
        }
        List<Expense> expenses = new ArrayList<>();
        for (JsonNode e : root.path("funding").path("expenses")) {
            expenses.add(new Expense(text(e, "name"), amount(e.path("half"), where), amount(e.path("full"), where)));
        }
        List<Level1> level1s = new ArrayList<>();
        for (JsonNode n1 : root.path("indicators")) {
            List<Level2> children = new ArrayList<>();
            for (JsonNode n2 : n1.path("children")) {
                List<Indicator> indicators = new ArrayList<>();
                for (JsonNode n3 : n2.path("indicators")) {
                    indicators.add(new Indicator(text(n3, "name"), ValueGrammar.parse(text(n3, "half")),
                            ValueGrammar.parse(text(n3, "full"))));
                }
                children.add(new Level2(text(n2, "name"), indicators));
            }
            level1s.add(new Level1(text(n1, "name"), children));
        }
        return new Declaration(root.path("id").asLong(0), root.path("revision").asInt(0), header, narrative,
                new Funding(sources, expenses), root.path("framework").asString("jiangsu-project"),
                new IndicatorTree(level1s), templates(root.path("templates")));
    }

    private static List<TemplateRef> templates(JsonNode list) {
        List<TemplateRef> out = new ArrayList<>();
        for (JsonNode t : list) {
            out.add(new TemplateRef(text(t, "id"), t.path("version").asInt(0)));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? "" : v.asString();
    }

    private static Optional<BigDecimal> amount(JsonNode v, String where) {
        if (v.isNull() || v.isMissingNode()) {
            return Optional.empty();
        }
        if (v.isNumber()) {
            return Optional.of(v.decimalValue());
        }
        if (v.isString()) {
            return cn.jixiao.declaration.Amounts.parse(v.asString());
        }
        throw new DomainException("json.bad-amount", where, v.toString());
    }
}
