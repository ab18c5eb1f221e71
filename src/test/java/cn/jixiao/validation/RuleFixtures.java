package cn.jixiao.validation;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.evaluation.EvaluationService;
import cn.jixiao.evaluation.model.Achievement;
import cn.jixiao.evaluation.model.Evaluation;
import cn.jixiao.evaluation.model.EvaluationEntry;
import cn.jixiao.evaluation.model.Grade;
import cn.jixiao.json.Json;
import cn.jixiao.monitoring.MonitoringService;
import cn.jixiao.monitoring.model.Likelihood;
import cn.jixiao.monitoring.model.Monitoring;
import cn.jixiao.monitoring.model.MonitoringEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the rule fixtures: {@code src/test/resources/validation/<rule-id>/cases.txt} (and {@code fix/cases.txt}
 * for the {@code fix} command over the whole catalogue). A fixture is a real base form from
 * {@code validation/base/<name>.json} plus the few edits that make it good or bad, with the expected findings
 * written under the edit that causes them, as checkstyle marks violations inline. The format:
 *
 * <pre>
 * # a comment
 * bad-level fund-supervision: 基金监管公众满意度 half above full
 *   set 满意度指标/服务对象满意度/基金监管公众满意度 --half ≥99%
 *   ! warning 满意度指标/服务对象满意度/基金监管公众满意度 rule.half-exceeds-full.level ≥99% | ≥98%
 * </pre>
 *
 * <p>A case starts with {@code <kind>[-<name>] <base>: <what it shows>} at the start of a line, kind
 * {@code good} (no finding), {@code bad} (exactly the {@code !} findings, in form order) or {@code fix} (the fix
 * turns the input into the output). Its indented lines are edits of the base, in order:
 * <ul>
 *   <li>{@code set <一级/二级/三级> [--half V] [--full V] [--rename NEW]}, {@code set <一级[/二级]> --rename NEW}</li>
 *   <li>{@code add <一级/二级> <name> [--half V] [--full V]} (a 三级 at the end of its 二级); {@code add <一级/二级>}
 *       and {@code add <一级>} add an empty 二级 or 一级 at the end</li>
 *   <li>{@code rm <path>} (a 一级, 二级 or 三级); {@code mv <一级/二级/三级> <一级/二级>} (to the end of that 二级)</li>
 *   <li>{@code funding set <source-id> <amount|->}; {@code expense set <name> [--half A|-] [--full A|-]};
 *       {@code expense add <name> [--half A|-] [--full A|-]} (a 支出 line at the end);
 *       {@code framework set <id>}; {@code header set <field> <text>} (a header or narrative field by its JSON
 *       name: {@code startTime}, {@code midTermGoal} …; {@code ""} blanks it)</li>
 * </ul>
 * and, in the fixtures of a {@code monitor-*} rule, the monitoring record (绩效运行监控) the rule sees, built as the
 * {@code monitor} commands build it (the declaration edits come first):
 * <ul>
 *   <li>{@code monitor start [--as-of DATE]} — the record starts, as of 30 June of the form's year by default</li>
 *   <li>{@code monitor executed <支出 line|total> <A|->} — the 1-6月执行数 of a line or of the total</li>
 *   <li>{@code monitor set <path> [--actual V] [--expected V] [--likelihood L] [--reason R] [--measure M]} — a
 *       row, the path as the command takes it (a 三级 name will do); {@code -} clears a field</li>
 * </ul>
 * and, in the fixtures of an {@code eval-*} rule, the self-evaluation (绩效自评) the rule sees, as the {@code eval}
 * commands build it:
 * <ul>
 *   <li>{@code eval start [--executed A]} — the evaluation starts (the 全年执行数 when given)</li>
 *   <li>{@code eval set <path|execution> [--actual V] [--achieved A] [--score S|-] [--reason R]} — a row (a new
 *       actual without {@code --achieved} drops an earlier judgement, as the command does)</li>
 *   <li>{@code eval weights set <path> <W|->}; {@code eval grade <优|良|中|差|->} (the grade the form states)</li>
 * </ul>
 * and expectations:
 * <ul>
 *   <li>{@code ! <severity> <path> <message-key> [<args joined by " | ">]} — a finding (args compared when given)</li>
 *   <li>{@code => <edit>} — in a fix case, an edit of the input that gives the expected output</li>
 *   <li>{@code ~ <rule-id> <path> <before> → <after>} — in a fix case, a change the fix reports, in order</li>
 * </ul>
 * Words are separated by blanks; a word in double quotes is a JSON string ({@code ""}, blanks, escapes). The
 * edits work on the JSON document, so a fixture can hold what an import can (a duplicate name, a shifted row).
 */
final class RuleFixtures {
    static final String ROOT = "/validation/";

    enum Kind { GOOD, BAD, FIX }

    /** One expected finding: {@code args} is null when the mark does not give them. */
    record Mark(String severity, String path, String key, String args) {
    }

    /** One case of a fixture file; {@code line} is where it starts. */
    record Case(String dir, String name, Kind kind, String base, String what, int line, List<List<String>> edits,
                List<Mark> findings, List<List<String>> outputEdits, List<String> changes) {
        String where() {
            return ROOT.substring(1) + dir + "/cases.txt:" + line;
        }

        /** The base with this case's edits: the form the rule sees (for a fix case, the input). */
        Declaration input() {
            return declaration(base, edits, where());
        }

        /**
         * The monitoring record of the case's {@code monitor} edits, on {@link #input()}; empty when the case has
         * none (then the first {@code monitor} edit must be {@code monitor start}).
         */
        Optional<Monitoring> monitoring() {
            return RuleFixtures.monitoring(input(), edits, where());
        }

        /** The evaluation of the case's {@code eval} edits, on {@link #input()}; empty when the case has none. */
        Optional<Evaluation> evaluation() {
            return RuleFixtures.evaluation(input(), edits, where());
        }

        /** A fix case's expected output: the input with the {@code =>} edits. */
        Declaration output() {
            List<List<String>> all = new ArrayList<>(edits);
            all.addAll(outputEdits);
            return declaration(base, all, where());
        }

        @Override
        public String toString() {
            return dir + "/" + name + " (" + what + ")";
        }
    }

    private RuleFixtures() {
    }

    static String resource(String path) {
        try (InputStream in = RuleFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cases of {@code validation/<dir>/cases.txt}, none when there is no such file. */
    static List<Case> cases(String dir) {
        String text = resource(ROOT + dir + "/cases.txt");
        return text == null ? List.of() : parse(dir, text);
    }

    static List<Case> parse(String dir, String text) {
        List<Case> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Case current = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].stripTrailing();
            String where = ROOT.substring(1) + dir + "/cases.txt:" + (n + 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                int colon = line.indexOf(':');
                String[] head = (colon < 0 ? line : line.substring(0, colon)).split(" ");
                if (colon < 0 || head.length != 2) {
                    throw new IllegalArgumentException(where + ": expected '<kind>[-<name>] <base>: <what>'");
                }
                String kind = head[0].contains("-") ? head[0].substring(0, head[0].indexOf('-')) : head[0];
                if (!List.of("good", "bad", "fix").contains(kind)) {
                    throw new IllegalArgumentException(where + ": a case is good, bad or fix, not " + kind);
                }
                current = new Case(dir, head[0], Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), head[1],
                        line.substring(colon + 1).strip(), n + 1, new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>(), new ArrayList<>());
                cases.add(current);
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(where + ": an edit before the first case");
            }
            String body = line.strip();
            if (body.startsWith("! ")) {
                List<String> w = words(body.substring(2), 3, where);
                if (w.size() < 3) {
                    throw new IllegalArgumentException(where + ": expected '! <severity> <path> <message-key> [args]'");
                }
                String rest = w.size() > 3 ? w.get(3) : null;
                current.findings().add(new Mark(w.get(0), w.get(1), w.get(2), rest));
            } else if (body.startsWith("=> ")) {
                current.outputEdits().add(words(body.substring(3), Integer.MAX_VALUE, where));
            } else if (body.startsWith("~ ")) {
                current.changes().add(body.substring(2).strip());
            } else {
                current.edits().add(words(body, Integer.MAX_VALUE, where));
            }
        }
        return cases;
    }

    /**
     * The words of {@code text}: blank-separated, a double-quoted word read as a JSON string. With {@code max}
     * words read, the rest of the line (stripped) is one more word.
     */
    static List<String> words(String text, int max, String where) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            if (out.size() == max) {
                out.add(text.substring(i).strip());
                break;
            }
            if (text.charAt(i) == '"') {
                int end = i + 1;
                while (end < n && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= n) {
                    throw new IllegalArgumentException(where + ": unterminated quote");
                }
                out.add(Json.read(text.substring(i, end + 1)).asString());
                i = end + 1;
            } else {
                int end = text.indexOf(' ', i);
                end = end < 0 ? n : end;
                out.add(text.substring(i, end));
                i = end;
            }
        }
        if (out.size() < Math.min(max, 1)) {
            throw new IllegalArgumentException(where + ": nothing to read");
        }
        return out;
    }

    /** The base form {@code validation/base/<base>.json} with {@code edits} applied. */
    static Declaration declaration(String base, List<List<String>> edits, String where) {
        String text = resource(ROOT + "base/" + base + ".json");
        if (text == null) {
            throw new IllegalArgumentException(where + ": no base form validation/base/" + base + ".json");
        }
        ObjectNode doc = (ObjectNode) Json.read(text);
        for (List<String> edit : edits) {
            if (isMonitor(edit) || isEval(edit)) {
                continue;
            }
            try {
                apply(doc, edit);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + String.join(" ", edit) + ": " + e.getMessage(), e);
            }
        }
        return DeclarationJson.fromJson(doc, where);
    }

    static boolean isMonitor(List<String> edit) {
        return edit.get(0).equals("monitor");
    }

    static boolean isEval(List<String> edit) {
        return edit.get(0).equals("eval");
    }

    /** The evaluation the {@code eval} edits of a case build on its declaration {@code d}, in order. */
    static Optional<Evaluation> evaluation(Declaration d, List<List<String>> edits, String where) {
        Optional<Evaluation> record = Optional.empty();
        for (List<String> edit : edits.stream().filter(RuleFixtures::isEval).toList()) {
            try {
                record = Optional.of(eval(d, record, edit));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + String.join(" ", edit) + ": " + e.getMessage(), e);
            }
        }
        return record;
    }

    private static Evaluation eval(Declaration d, Optional<Evaluation> record, List<String> edit) {
        Map<String, String> opts = new TreeMap<>();
        List<String> args = new ArrayList<>();
        options(edit, opts, args);
        String op = args.remove(0);
        if (record.isEmpty() != op.equals("start")) {
            throw new IllegalArgumentException(record.isEmpty() ? "the evaluation starts with eval start"
                    : "the evaluation is already started");
        }
        Evaluation e = switch (op) {
            case "start" -> Evaluation.start(1, d.header().year())
                    .withExecuted(Optional.ofNullable(opts.remove("executed")).map(BigDecimal::new));
            case "set" -> record.get().update(EvaluationService.rowPath(d, args.get(0)), x -> {
                EvaluationEntry r = x;
                String v;
                if ((v = opts.remove("actual")) != null) {
                    r = r.withActual(v).withAchievement(Optional.empty());
                }
                if ((v = opts.remove("achieved")) != null) {
                    r = r.withAchievement(Optional.of(Achievement.parse(v).orElseThrow()));
                }
                if ((v = opts.remove("score")) != null) {
                    r = r.withScore(decimal(v));
                }
                if ((v = opts.remove("reason")) != null) {
                    r = r.withReason(v);
                }
                return r;
            });
            case "weights" -> {
                if (!args.remove(0).equals("set")) {
                    throw new IllegalArgumentException("eval weights set <path> <W|->");
                }
                yield record.get().update(EvaluationService.rowPath(d, args.get(0)), x -> x.withWeight(decimal(args.get(1))));
            }
            case "grade" -> record.get().withStatedGrade(args.get(0).equals("-") ? Optional.empty()
                    : Optional.of(Grade.parse(args.get(0)).orElseThrow()));
            default -> throw new IllegalArgumentException("unknown eval edit");
        };
        if (!opts.isEmpty()) {
            throw new IllegalArgumentException("options not understood: " + opts.keySet());
        }
        return e;
    }

    private static Optional<BigDecimal> decimal(String word) {
        return word.equals("-") ? Optional.empty() : Optional.of(new BigDecimal(word));
    }

    /** The record the {@code monitor} edits of a case build on its declaration {@code d}, in order. */
    static Optional<Monitoring> monitoring(Declaration d, List<List<String>> edits, String where) {
        Optional<Monitoring> record = Optional.empty();
        for (List<String> edit : edits.stream().filter(RuleFixtures::isMonitor).toList()) {
            try {
                record = Optional.of(monitor(d, record, edit));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + String.join(" ", edit) + ": " + e.getMessage(), e);
            }
        }
        return record;
    }

    private static Monitoring monitor(Declaration d, Optional<Monitoring> record, List<String> edit) {
        Map<String, String> opts = new TreeMap<>();
        List<String> args = new ArrayList<>();
        options(edit, opts, args);
        String op = args.remove(0);
        if (record.isEmpty() != op.equals("start")) {
            throw new IllegalArgumentException(record.isEmpty() ? "the record starts with monitor start"
                    : "the record is already started");
        }
        Monitoring m = switch (op) {
            case "start" -> Monitoring.start(1, Optional.ofNullable(opts.remove("as-of")).map(LocalDate::parse)
                    .orElse(Monitoring.defaultAsOf(d.header().year())));
            case "executed" -> {
                Optional<BigDecimal> amount = args.get(1).equals("-") ? Optional.empty()
                        : Optional.of(new BigDecimal(args.get(1)));
                yield MonitoringService.isTotal(args.get(0)) ? record.get().withExecutedTotal(amount)
                        : record.get().withExecuted(d.funding().expenses()
                                .get(d.funding().expenseIndex(args.get(0))).name(), amount);
            }
            case "set" -> record.get().update(MonitoringService.rowPath(d, args.get(0)), x -> {
                MonitoringEntry r = x;
                String v;
                if ((v = opts.remove("actual")) != null) {
                    r = r.withActual(cleared(v));
                }
                if ((v = opts.remove("expected")) != null) {
                    r = r.withExpected(cleared(v));
                }
                if ((v = opts.remove("likelihood")) != null) {
                    r = r.withLikelihood(likelihood(v));
                }
                if ((v = opts.remove("reason")) != null) {
                    r = r.withReason(cleared(v));
                }
                if ((v = opts.remove("measure")) != null) {
                    r = r.withMeasure(cleared(v));
                }
                return r;
            });
            default -> throw new IllegalArgumentException("unknown monitor edit");
        };
        if (!opts.isEmpty()) {
            throw new IllegalArgumentException("options not understood: " + opts.keySet());
        }
        return m;
    }

    private static Optional<Likelihood> likelihood(String word) {
        if (word.equals("-")) {
            return Optional.empty();
        }
        return Optional.of(Likelihood.parse(word).orElseThrow(() -> new IllegalArgumentException("no likelihood " + word)));
    }

    private static String cleared(String value) {
        return value.equals("-") ? "" : value;
    }

    /** Splits the words after the edit's first into {@code --name value} options and arguments. */
    private static void options(List<String> edit, Map<String, String> opts, List<String> args) {
        for (int i = 1; i < edit.size(); i++) {
            String w = edit.get(i);
            if (w.startsWith("--")) {
                opts.put(w.substring(2), edit.get(++i));
            } else {
                args.add(w);
            }
        }
    }

    private static void apply(ObjectNode doc, List<String> edit) {
        String op = edit.get(0);
        Map<String, String> opts = new TreeMap<>();
        List<String> args = new ArrayList<>();
        options(edit, opts, args);
        switch (op + (op.equals("funding") || op.equals("expense") || op.equals("framework") || op.equals("level")
                || op.equals("header") ? " " + args.remove(0) : "")) {
            case "set" -> {
                ObjectNode node = node(doc, args.get(0));
                put(node, "half", opts.remove("half"));
                put(node, "full", opts.remove("full"));
                put(node, "name", opts.remove("rename"));
            }
            case "add" -> {
                String[] path = args.get(0).split("/");
                ObjectNode added = JsonNodeFactory.instance.objectNode();
                if (args.size() == 2) { // a 三级
                    added.put("name", args.get(1));
                    added.put("half", opts.getOrDefault("half", ""));
                    added.put("full", opts.getOrDefault("full", ""));
                    opts.remove("half");
                    opts.remove("full");
                    ((ArrayNode) node(doc, args.get(0)).get("indicators")).add(added);
                } else if (path.length == 2) { // an empty 二级
                    added.put("name", path[1]);
                    added.putArray("indicators");
                    ((ArrayNode) node(doc, path[0]).get("children")).add(added);
                } else { // an empty 一级
                    added.put("name", path[0]);
                    added.putArray("children");
                    ((ArrayNode) doc.get("indicators")).add(added);
                }
            }
            case "rm" -> {
                String path = args.get(0);
                int slash = path.lastIndexOf('/');
                ArrayNode list = slash < 0 ? (ArrayNode) doc.get("indicators") : siblings(doc, path.substring(0, slash));
                list.remove(index(list, slash < 0 ? path : path.substring(slash + 1)));
            }
            case "mv" -> {
                String path = args.get(0);
                ObjectNode moving = node(doc, path);
                ArrayNode from = siblings(doc, path.substring(0, path.lastIndexOf('/')));
                from.remove(index(from, moving.get("name").asString()));
                ((ArrayNode) node(doc, args.get(1)).get("indicators")).add(moving);
            }
            case "funding set" -> {
                ObjectNode sources = (ObjectNode) doc.get("funding").get("sources");
                if (args.get(1).equals("-")) {
                    sources.remove(args.get(0));
                } else {
                    sources.put(args.get(0), new BigDecimal(args.get(1)));
                }
            }
            case "expense set", "expense add" -> {
                ArrayNode expenses = (ArrayNode) doc.get("funding").get("expenses");
                ObjectNode line;
                if (op.equals("expense") && edit.get(1).equals("add")) {
                    line = expenses.addObject();
                    line.put("name", args.get(0));
                    line.putNull("half");
                    line.putNull("full");
                } else {
                    line = (ObjectNode) expenses.get(index(expenses, args.get(0)));
                }
                for (String side : List.of("half", "full")) {
                    Optional.ofNullable(opts.remove(side)).ifPresent(a -> {
                        if (a.equals("-")) {
                            line.putNull(side);
                        } else {
                            line.put(side, new BigDecimal(a));
                        }
                    });
                }
            }
            case "framework set" -> doc.put("framework", args.get(0));
            case "header set" -> { // a header or narrative field by its JSON name: header set startTime ""
                ObjectNode header = (ObjectNode) doc.get("header");
                if (header.has(args.get(0))) {
                    header.put(args.get(0), args.get(1));
                } else if (NARRATIVE.contains(args.get(0))) {
                    (doc.has("narrative") ? (ObjectNode) doc.get("narrative") : doc.putObject("narrative"))
                            .put(args.get(0), args.get(1));
                } else {
                    throw new IllegalArgumentException("no header or narrative field " + args.get(0));
                }
            }
            case "level add" -> { // a 二级, empty, at the end of its 一级
                String path = args.get(0);
                ObjectNode level2 = ((ArrayNode) node(doc, path.substring(0, path.indexOf('/'))).get("children")).addObject();
                level2.put("name", path.substring(path.indexOf('/') + 1));
                level2.putArray("indicators");
            }
            default -> throw new IllegalArgumentException("unknown edit");
        }
        if (!opts.isEmpty()) {
            throw new IllegalArgumentException("options not understood: " + opts.keySet());
        }
    }

    /** The narrative fields of the declaration JSON (a base form may leave blank ones out). */
    private static final List<String> NARRATIVE = List.of("necessity", "feasibility", "content", "overview",
            "feasibilityNote", "midTermGoal", "annualGoal");

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The 一级, 二级 or 三级 object at {@code 一级[/二级[/三级]]}. */
    private static ObjectNode node(ObjectNode doc, String path) {
        String[] names = path.split("/");
        ArrayNode list = (ArrayNode) doc.get("indicators");
        ObjectNode node = null;
        for (int depth = 0; depth < names.length; depth++) {
            node = (ObjectNode) list.get(index(list, names[depth]));
            list = (ArrayNode) node.get(depth == 0 ? "children" : "indicators");
        }
        return node;
    }

    /** The list holding the children of the 一级 or 二级 at {@code parent}. */
    private static ArrayNode siblings(ObjectNode doc, String parent) {
        ObjectNode p = node(doc, parent);
        return (ArrayNode) p.get(parent.contains("/") ? "indicators" : "children");
    }

    private static int index(ArrayNode list, String name) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i).get("name");
            if (n != null && n.asString().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no '" + name + "' here");
    }
}
