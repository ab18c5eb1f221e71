package cn.jixiao.indicator.model;

import java.util.List;

/**
 * The skeleton of a form: the 一级 names and, under each, the 二级 names, in order. A framework is data;
 * {@link #JIANGSU} is the built-in default until templates provide others.
 */
public record Framework(String id, String title, List<Section> sections) {
    public Framework {
        sections = List.copyOf(sections);
    }

    /** One 一级 with its 二级 names. */
    public record Section(String name, List<String> level2) {
        public Section {
            level2 = List.copyOf(level2);
        }
    }

    public static final Framework JIANGSU = new Framework("jiangsu-project", "江苏省项目支出绩效目标框架", List.of(
            new Section("决策", List.of("项目立项", "绩效目标", "资金投入")),
            new Section("过程", List.of("资金管理", "组织实施")),
            new Section("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
            new Section("效益指标", List.of("经济效益", "社会效益", "生态效益", "可持续影响")),
            new Section("满意度指标", List.of("服务对象满意度"))));

    /** An empty tree with every 一级 and 二级 of this framework. */
    public IndicatorTree skeleton() {
        return new IndicatorTree(sections.stream()
                .map(s -> new Level1(s.name(), s.level2().stream().map(Level2::empty).toList()))
                .toList());
    }

    public int level2Count() {
        return sections.stream().mapToInt(s -> s.level2().size()).sum();
    }
}
