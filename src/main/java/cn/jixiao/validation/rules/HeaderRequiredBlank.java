package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.util.List;

/**
 * Header and narrative fields the form asks for, left blank — one finding naming them all. Which fields a form asks
 * for depends on its layout, and a declaration shows its layout by what it fills in: the Jiangsu project form as
 * Nantong prints it has 开始/完成时间, 立项必要性, 实施可行性 and 项目实施内容; the Jiangning layout has 项目概述 and
 * 项目可行性说明 in their place (and no dates). A declaration with either of the latter two filled in is taken for the
 * second layout. 项目负责人/联系电话 is not asked for: half of the real Nantong forms leave it blank. Only forms under
 * the Jiangsu framework are checked: the other regions' forms have headers of their own.
 */
public final class HeaderRequiredBlank extends BaseRule {
    /** The Jiangsu project form as Nantong prints it (and as jixiao exports it). */
    static final List<HeaderField> NANTONG = List.of(HeaderField.DEPARTMENT, HeaderField.TYPE, HeaderField.LEVEL,
            HeaderField.START, HeaderField.END, HeaderField.IMPLEMENTER, HeaderField.NECESSITY,
            HeaderField.FEASIBILITY, HeaderField.CONTENT, HeaderField.MID_TERM_GOAL, HeaderField.ANNUAL_GOAL);

    /** The layout with 项目概述 and 项目可行性说明 (Jiangning). */
    static final List<HeaderField> OVERVIEW = List.of(HeaderField.DEPARTMENT, HeaderField.TYPE, HeaderField.LEVEL,
            HeaderField.IMPLEMENTER, HeaderField.OVERVIEW, HeaderField.FEASIBILITY_NOTE, HeaderField.MID_TERM_GOAL,
            HeaderField.ANNUAL_GOAL);

    public HeaderRequiredBlank() {
        super("header-required-blank", Severity.WARNING, "structure");
    }

    /** The fields the form of {@code d} asks for, by the layout its filled fields show. */
    public static List<HeaderField> required(Declaration d) {
        boolean overview = !d.narrative().overview().isBlank() || !d.narrative().feasibilityNote().isBlank();
        return overview ? OVERVIEW : NANTONG;
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        if (!d.frameworkId().equals(Framework.JIANGSU.id())) {
            return;
        }
        StringBuilder blank = new StringBuilder();
        for (HeaderField f : required(d)) {
            if (f.get(d).isBlank()) {
                blank.append(blank.isEmpty() ? "" : "、").append(f.label());
            }
        }
        if (!blank.isEmpty()) {
            out.add(this, "header", blank.toString());
        }
    }
}
