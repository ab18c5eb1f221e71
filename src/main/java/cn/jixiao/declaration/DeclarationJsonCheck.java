package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.model.ControlChars;
import cn.jixiao.model.DomainException;
import cn.jixiao.model.MessageRef;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * The shape of an imported declaration (JSON or YAML), checked before it is read: {@link DeclarationJson}'s reader
 * is lenient (a stored revision is read whatever an older version wrote), an import is not. A value of the wrong
 * type ({@code "year": "abc"}, {@code indicators} as a text or an object, {@code "children": null}) or text holding a control character other than line breaks and tabs (ESC, BEL, NUL, U+202E, a lone
 * surrogate) is refused with {@code json.bad-type} or {@code json.control-char}, naming the path in the document
 * ({@code $[0].indicators}). Unknown fields are ignored. An amount (a funding source, an expense's half or full)
 * that is no amount or breaks the amount rule, and an unknown funding source, are refused with
 * {@code json.bad-value} naming the path ({@code $[0].funding.sources.total}) and why.
 */
public final class DeclarationJsonCheck {
    private static final List<String> HEADER_TEXT = List.of("name", "department", "projectType", "projectLevel",
            "startTime", "endTime", "implementer", "contact");
    private static final List<String> NARRATIVE = List.of("necessity", "feasibility", "content", "overview",
            "feasibilityNote", "midTermGoal", "annualGoal");

    private final String where;

    private DeclarationJsonCheck(String where) {
        this.where = where;
    }

    /** Checks {@code root}, the declaration at {@code path} ({@code $} or {@code $[3]}) of the file {@code where}. */
    public static void check(JsonNode root, String where, String path) {
        new DeclarationJsonCheck(where).declaration(root, path);
    }

    private void declaration(JsonNode d, String path) {
        object(d, path);
        optional(d, "schema", path, this::text);
        optional(d, "framework", path, this::text);
        optional(d, "id", path, this::integer);
        optional(d, "revision", path, this::integer);
        optional(d, "header", path, (h, p) -> {
            object(h, p);
            for (String f : HEADER_TEXT) {
                optional(h, f, p, this::text);
            }
            optional(h, "year", p, this::integer);
        });
        optional(d, "narrative", path, (n, p) -> {
            object(n, p);
            for (String f : NARRATIVE) {
                optional(n, f, p, this::text);
            }
        });
        optional(d, "funding", path, (f, p) -> {
            object(f, p);
            optional(f, "sources", p, (ss, sp) -> {
                object(ss, sp);
                for (var source : ss.properties()) {
                    String at = sp + "." + source.getKey();
                    if (FundingSource.find(source.getKey()).isEmpty()) {
                        throw new DomainException("json.bad-value", where, at,
                                new MessageRef("json.unknown-source-name", source.getKey()));
                    }
                    amount(source.getValue(), at);
                }
            });
            optional(f, "expenses", p, (es, ep) -> array(es, ep, (e, ip) -> {
                object(e, ip);
                optional(e, "name", ip, this::text);
                optional(e, "half", ip, this::amount);
                optional(e, "full", ip, this::amount);
            }));
        });
        optional(d, "templates", path, (ts, tp) -> array(ts, tp, (t, ip) -> {
            object(t, ip);
            optional(t, "id", ip, this::text);
            optional(t, "version", ip, this::integer);
        }));
        optional(d, "indicators", path, (l1s, p1) -> array(l1s, p1, (l1, i1) -> {
            object(l1, i1);
            optional(l1, "name", i1, this::text);
            optional(l1, "children", i1, (l2s, p2) -> array(l2s, p2, (l2, i2) -> {
                object(l2, i2);
                optional(l2, "name", i2, this::text);
                optional(l2, "indicators", i2, (is, p3) -> array(is, p3, (i, i3) -> {
                    object(i, i3);
                    optional(i, "name", i3, this::text);
                    optional(i, "half", i3, this::text);
                    optional(i, "full", i3, this::text);
                }));
            }));
        }));
    }

    private interface Check {
        void apply(JsonNode value, String path);
    }

    /** A field that may be absent; when present (null included) it must pass {@code check}. */
    private void optional(JsonNode parent, String field, String path, Check check) {
        JsonNode v = parent.get(field);
        if (v != null && !v.isMissingNode()) {
            check.apply(v, path + "." + field);
        }
    }

    private void object(JsonNode v, String path) {
        if (!v.isObject()) {
            throw bad(v, path, "json.type.object");
        }
    }

    private void array(JsonNode v, String path, Check each) {
        if (!v.isArray()) {
            throw bad(v, path, "json.type.array");
        }
        for (int i = 0; i < v.size(); i++) {
            each.apply(v.get(i), path + "[" + i + "]");
        }
    }

    /** Text: a string (a number or boolean is read as written); null means empty. */
    private void text(JsonNode v, String path) {
        if (v.isNull() || v.isNumber() || v.isBoolean()) {
            return;
        }
        if (!v.isString()) {
            throw bad(v, path, "json.type.text");
        }
        String s = v.asString();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp != '\n' && cp != '\r' && cp != '\t' && ControlChars.isControl(cp)) {
                throw new DomainException("json.control-char", where, path, ControlChars.name(cp));
            }
            i += Character.charCount(cp);
        }
    }

    /** An amount: a number or a text such as "58.17" within the amount rule; null means blank. */
    private void amount(JsonNode v, String path) {
        if (v.isNull()) {
            return;
        }
        if (!v.isNumber() && !v.isString()) {
            throw bad(v, path, "json.type.amount");
        }
        try {
            if (v.isNumber()) {
                Amounts.checked(v.decimalValue(), v.decimalValue().toPlainString());
            } else {
                Amounts.parse(v.asString());
            }
        } catch (DomainException e) {
            throw new DomainException("json.bad-value", where, path, new MessageRef(e.key(), e.args()));
        }
    }

    /** A whole number (or a text holding one, such as "2026"); null means none. */
    private void integer(JsonNode v, String path) {
        if (v.isNull() || v.isIntegralNumber() && v.canConvertToInt()
                || v.isString() && v.asString().strip().matches("\\d{1,9}")) {
            return;
        }
        throw bad(v, path, "json.type.integer");
    }

    private DomainException bad(JsonNode v, String path, String expected) {
        String actual = v.isNull() ? "json.type.null" : v.isObject() ? "json.type.object" : v.isArray()
                ? "json.type.array" : v.isString() ? "json.type.text" : v.isNumber() ? "json.type.number"
                : v.isBoolean() ? "json.type.boolean" : "json.type.other";
        return new DomainException("json.bad-type", where, path, new MessageRef(expected), new MessageRef(actual));
    }
}
