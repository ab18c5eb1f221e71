package cn.jixiao.indicator.model;

import java.util.List;

/**
 * An indicator whose canonical place is known (the common 决策/过程 indicators, or one from a template):
 * validation uses it to say an indicator is misplaced, and its kind for half-vs-full checks.
 */
public record KnownIndicator(String name, String level1, String level2, String half, String full,
                             IndicatorKind kind, List<String> aliases) {
    public KnownIndicator {
        aliases = List.copyOf(aliases);
    }

    public String parentPath() {
        return level1 + "/" + level2;
    }

    public boolean matches(String indicatorName) {
        return name.equals(indicatorName) || aliases.contains(indicatorName);
    }

    private static KnownIndicator common(String l1, String l2, String name, String half, String full,
                                         IndicatorKind kind) {
        return new KnownIndicator(name, l1, l2, half, full, kind, List.of());
    }

    /** The eleven 共性指标 every Jiangsu form repeats (docs/domain.md §3), with their standard values. */
    public static final List<KnownIndicator> COMMON = List.of(
            common("决策", "项目立项", "立项依据充分性", "充分", "充分", IndicatorKind.LEVEL),
            common("决策", "项目立项", "立项程序规范性", "规范", "规范", IndicatorKind.LEVEL),
            common("决策", "绩效目标", "绩效目标合理性", "合理", "合理", IndicatorKind.LEVEL),
            common("决策", "绩效目标", "绩效指标明确性", "明确", "明确", IndicatorKind.LEVEL),
            common("决策", "资金投入", "预算编制科学性", "科学", "科学", IndicatorKind.LEVEL),
            common("决策", "资金投入", "资金分配合理性", "合理", "合理", IndicatorKind.LEVEL),
            common("过程", "资金管理", "资金到位率", "序时进度", "100%", IndicatorKind.CUMULATIVE),
            common("过程", "资金管理", "预算执行率", "=50%", "=100%", IndicatorKind.CUMULATIVE),
            common("过程", "资金管理", "资金使用合规性", "合规", "合规", IndicatorKind.LEVEL),
            common("过程", "组织实施", "管理制度健全性", "健全", "健全", IndicatorKind.LEVEL),
            common("过程", "组织实施", "制度执行有效性", "有效", "有效", IndicatorKind.LEVEL));
}
