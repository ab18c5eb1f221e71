package cn.jixiao.declaration.model;

/**
 * The free-text sections: 立项必要性, 实施可行性, 项目实施内容 (city forms) and 项目概述, 项目可行性说明
 * (district forms), plus the goals 中长期目标 and 年度目标.
 */
public record Narrative(String necessity, String feasibility, String content, String overview,
                        String feasibilityNote, String midTermGoal, String annualGoal) {
    public static final Narrative EMPTY = new Narrative("", "", "", "", "", "", "");
}
