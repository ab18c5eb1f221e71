package cn.jixiao.declaration.model;

import cn.jixiao.model.DomainException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The text fields {@code header set} can change, by English id or the label printed on the form. */
public enum HeaderField {
    NAME("name", "项目名称", d -> d.header().name(), (d, v) -> d.withHeader(h(d, v, 0))),
    DEPARTMENT("department", "主管部门", d -> d.header().department(), (d, v) -> d.withHeader(h(d, v, 1))),
    TYPE("type", "项目类型", d -> d.header().projectType(), (d, v) -> d.withHeader(h(d, v, 2))),
    LEVEL("level", "项目级次", d -> d.header().projectLevel(), (d, v) -> d.withHeader(h(d, v, 3))),
    START("start", "开始时间", d -> d.header().startTime(), (d, v) -> d.withHeader(h(d, v, 4))),
    END("end", "完成时间", d -> d.header().endTime(), (d, v) -> d.withHeader(h(d, v, 5))),
    IMPLEMENTER("implementer", "实施单位", d -> d.header().implementer(), (d, v) -> d.withHeader(h(d, v, 6))),
    CONTACT("contact", "项目负责人/联系电话", d -> d.header().contact(), (d, v) -> d.withHeader(h(d, v, 7))),
    YEAR("year", "年度", d -> String.valueOf(d.header().year()), (d, v) -> d.withHeader(h(d, v, 8))),
    NECESSITY("necessity", "立项必要性", d -> d.narrative().necessity(), (d, v) -> d.withNarrative(n(d, v, 0))),
    FEASIBILITY("feasibility", "实施可行性", d -> d.narrative().feasibility(), (d, v) -> d.withNarrative(n(d, v, 1))),
    CONTENT("content", "项目实施内容", d -> d.narrative().content(), (d, v) -> d.withNarrative(n(d, v, 2))),
    OVERVIEW("overview", "项目概述", d -> d.narrative().overview(), (d, v) -> d.withNarrative(n(d, v, 3))),
    FEASIBILITY_NOTE("feasibility-note", "项目可行性说明", d -> d.narrative().feasibilityNote(),
            (d, v) -> d.withNarrative(n(d, v, 4))),
    MID_TERM_GOAL("mid-term-goal", "中长期目标", d -> d.narrative().midTermGoal(), (d, v) -> d.withNarrative(n(d, v, 5))),
    ANNUAL_GOAL("annual-goal", "年度目标", d -> d.narrative().annualGoal(), (d, v) -> d.withNarrative(n(d, v, 6))),
    /** The form's own title; "" prints the layout's default (项目预算绩效目标表). */
    TITLE("title", "表名", d -> d.header().title(), (d, v) -> d.withHeader(d.header().withTitle(v)));

    /** The values the forms use for 项目类型 (DOMAIN.md §1). */
    public static final List<String> PROJECT_TYPES = List.of("常年安排项目", "分年度安排项目", "一次性项目");
    /** The usual values of 项目级次. */
    public static final List<String> PROJECT_LEVELS = List.of("市本级", "区本级", "县本级", "省本级");

    /** The values the form usually holds in this field, for TAB completion; empty for free text. */
    public List<String> usualValues() {
        return this == TYPE ? PROJECT_TYPES : this == LEVEL ? PROJECT_LEVELS : List.of();
    }

    private final String id;
    private final String label;
    private final Function<Declaration, String> getter;
    private final BiFunction<Declaration, String, Declaration> setter;

    HeaderField(String id, String label, Function<Declaration, String> getter,
                BiFunction<Declaration, String, Declaration> setter) {
        this.id = id;
        this.label = label;
        this.getter = getter;
        this.setter = setter;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String get(Declaration d) {
        return getter.apply(d);
    }

    public Declaration set(Declaration d, String value) {
        return setter.apply(d, value.strip());
    }

    public static Optional<HeaderField> find(String text) {
        String t = text.strip();
        return Arrays.stream(values())
                .filter(f -> f.id.equalsIgnoreCase(t) || f.label.equals(t)
                        || (f == CONTACT && (t.equals("项目负责人") || t.equals("联系电话")))
                        || (f == ANNUAL_GOAL && t.equals("绩效目标")) || (f == TITLE && t.equals("标题")))
                .findFirst();
    }

    private static Header h(Declaration d, String v, int field) {
        Header x = d.header();
        if (field == 0 && v.isBlank()) {
            throw new DomainException("declaration.name-empty");
        }
        int year = x.year();
        if (field == 8) {
            String digits = v.replace("年度", "").replace("年", "").strip();
            if (!digits.matches("\\d{4}")) {
                throw new DomainException("declaration.year-bad", v);
            }
            year = Integer.parseInt(digits);
            if (year < 1990 || year > 2100) { // the range Declaration.create accepts
                throw new DomainException("declaration.year-bad", v);
            }
        }
        return new Header(field == 0 ? v : x.name(), field == 1 ? v : x.department(),
                field == 2 ? v : x.projectType(), field == 3 ? v : x.projectLevel(),
                field == 4 ? v : x.startTime(), field == 5 ? v : x.endTime(), field == 6 ? v : x.implementer(),
                field == 7 ? v : x.contact(), year, x.title());
    }

    private static Narrative n(Declaration d, String v, int field) {
        Narrative x = d.narrative();
        return new Narrative(field == 0 ? v : x.necessity(), field == 1 ? v : x.feasibility(),
                field == 2 ? v : x.content(), field == 3 ? v : x.overview(), field == 4 ? v : x.feasibilityNote(),
                field == 5 ? v : x.midTermGoal(), field == 6 ? v : x.annualGoal());
    }
}
