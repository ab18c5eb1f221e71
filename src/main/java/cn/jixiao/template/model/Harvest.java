package cn.jixiao.template.model;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.IndicatorValue;
import cn.jixiao.indicator.model.Level1;
import cn.jixiao.indicator.model.Level2;
import cn.jixiao.indicator.model.ValueGrammar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes an indicator set from stored declarations: every 三级 name used by at least {@code minCount}
 * declarations, with how many use it, the parent most of them file it under, and its most common 半年/全年
 * values. Ties go to what was seen first. Rows come in the order first seen (form order of the first declaration
 * that has them), most used first.
 */
public final class Harvest {
    /** One proposed indicator. {@code parentCount} declarations file it under {@code parent}. */
    public record Row(String name, String parent, int count, int parentCount, String half, String full) {
        public String path() {
            return parent + "/" + name;
        }
    }

    private Harvest() {
    }

    public static List<Row> of(List<Declaration> declarations, int minCount) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Declaration d : declarations) {
            Set<String> seen = new HashSet<>();
            for (Level1 l1 : d.tree().level1s()) {
                for (Level2 l2 : l1.children()) {
                    for (Indicator i : l2.indicators()) {
                        if (i.name().isBlank() || !seen.add(i.name())) {
                            continue;
                        }
                        Tally t = tallies.computeIfAbsent(i.name(), n -> new Tally());
                        t.count++;
                        t.parents.merge(l1.name() + "/" + l2.name(), 1, Integer::sum);
                        t.halves.merge(i.half().text().strip(), 1, Integer::sum);
                        t.fulls.merge(i.full().text().strip(), 1, Integer::sum);
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        tallies.forEach((name, t) -> {
            if (t.count >= minCount) {
                Map.Entry<String, Integer> parent = top(t.parents);
                rows.add(new Row(name, parent.getKey(), t.count, parent.getValue(), top(t.halves).getKey(),
                        top(t.fulls).getKey()));
            }
        });
        rows.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return rows;
    }

    private static Map.Entry<String, Integer> top(Map<String, Integer> counts) {
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        return best;
    }

    private static final class Tally {
        int count;
        final Map<String, Integer> parents = new LinkedHashMap<>();
        final Map<String, Integer> halves = new LinkedHashMap<>();
        final Map<String, Integer> fulls = new LinkedHashMap<>();
    }

    /** The rows as an indicator set of {@code framework}, kinds and units inferred from names and values. */
    public static Template toTemplate(List<Row> rows, String id, String title, String framework) {
        List<TemplateIndicator> indicators = new ArrayList<>();
        for (Row r : rows) {
            int slash = r.parent().indexOf('/');
            indicators.add(indicator(r.parent().substring(0, slash), r.parent().substring(slash + 1), r.name(),
                    r.half(), r.full(), "", List.of()));
        }
        return new Template(id, title, TemplateKind.INDICATORS, framework, "", List.of(), List.of(), indicators);
    }

    /** An indicator set of every 三级 of a declaration, its values as defaults. */
    public static Template fromDeclaration(Declaration d, String id, String title) {
        List<TemplateIndicator> indicators = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Level1 l1 : d.tree().level1s()) {
            for (Level2 l2 : l1.children()) {
                for (Indicator i : l2.indicators()) {
                    if (names.add(i.name())) {
                        indicators.add(indicator(l1.name(), l2.name(), i.name(), i.half().text().strip(),
                                i.full().text().strip(), "", List.of()));
                    }
                }
            }
        }
        return new Template(id, title, TemplateKind.INDICATORS, d.frameworkId(), "", List.of(), List.of(),
                indicators);
    }

    static TemplateIndicator indicator(String l1, String l2, String name, String half, String full,
                                       String explanation, List<String> keywords) {
        IndicatorValue f = ValueGrammar.parse(full);
        IndicatorValue h = ValueGrammar.parse(half);
        String unit = f instanceof IndicatorValue.Quantitative q ? q.unit()
                : h instanceof IndicatorValue.Quantitative q2 ? q2.unit() : "";
        IndicatorKind kind = IndicatorKind.infer(name, f);
        return new TemplateIndicator(l1, l2, name, half, full, unit, kind, Optional.empty(), explanation, keywords,
                List.of(), 0);
    }
}
