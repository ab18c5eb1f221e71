package cn.jixiao.template.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two versions of a template: header fields, skeleton, indicators added/removed/changed. */
public final class TemplateDiff {
    /** '+' added, '-' removed, '~' changed; {@code what} names the field or indicator path. */
    public record Change(char sign, String what, String before, String after) {
    }

    private TemplateDiff() {
    }

    public static List<Change> between(Template a, Template b) {
        List<Change> out = new ArrayList<>();
        field(out, "title", a.title(), b.title());
        field(out, "kind", a.kind().id(), b.kind().id());
        field(out, "framework", a.framework(), b.framework());
        field(out, "description", a.description(), b.description());
        field(out, "includes", String.join(", ", a.includes()), String.join(", ", b.includes()));
        field(out, "levels", levels(a), levels(b));
        Map<String, TemplateIndicator> before = byName(a);
        Map<String, TemplateIndicator> after = byName(b);
        before.forEach((name, i) -> {
            TemplateIndicator j = after.get(name);
            if (j == null) {
                out.add(new Change('-', i.path(), summary(i), ""));
            } else if (!summary(i).equals(summary(j)) || !i.path().equals(j.path())) {
                out.add(new Change('~', j.path(), (i.path().equals(j.path()) ? "" : i.path() + " ") + summary(i),
                        summary(j)));
            }
        });
        after.forEach((name, j) -> {
            if (!before.containsKey(name)) {
                out.add(new Change('+', j.path(), "", summary(j)));
            }
        });
        return out;
    }

    private static void field(List<Change> out, String name, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(new Change('~', name, a, b));
        }
    }

    private static String levels(Template t) {
        return String.join("；", t.levels().stream().map(s -> s.name() + "：" + String.join("、", s.level2())).toList());
    }

    private static Map<String, TemplateIndicator> byName(Template t) {
        Map<String, TemplateIndicator> out = new LinkedHashMap<>();
        t.indicators().forEach(i -> out.put(i.name(), i));
        return out;
    }

    /** One line describing an indicator's defaults, for diff output. */
    static String summary(TemplateIndicator i) {
        StringBuilder sb = new StringBuilder();
        sb.append(i.half().isEmpty() ? "—" : i.half()).append(" / ").append(i.full().isEmpty() ? "—" : i.full());
        if (!i.unit().isEmpty()) {
            sb.append(" unit=").append(i.unit());
        }
        sb.append(" kind=").append(i.kind().name().toLowerCase(java.util.Locale.ROOT));
        i.weight().ifPresent(w -> sb.append(" weight=").append(w.toPlainString()));
        if (!i.aliases().isEmpty()) {
            sb.append(" aliases=").append(String.join(",", i.aliases()));
        }
        if (!i.explanation().isEmpty()) {
            sb.append(" “").append(i.explanation()).append("”");
        }
        return sb.toString();
    }
}
