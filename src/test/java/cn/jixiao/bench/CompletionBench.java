package cn.jixiao.bench;

import cn.jixiao.indicator.IndicatorIndex;
import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.KnownIndicator;
import cn.jixiao.shell.Pinyin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Completion benchmark (not a test): N catalogue indicators (default 100,000) with realistic Chinese names,
 * then Q completion queries — Chinese prefixes and pinyin initials, under a 二级 — timed one by one.
 * Prints the median, 99th percentile and worst query time; the target is ≤ 10 ms per completion.
 * Run: src/bench/completion.sh [N]
 */
public final class CompletionBench {
    private static final String[] PARTS = {"预算", "执行", "资金", "到位", "培训", "参训", "设备", "购置", "宣传", "覆盖",
        "群众", "满意", "稽核", "检查", "监督", "网络", "运维", "系统", "专家", "评审", "印刷", "租赁", "车辆", "课题",
        "调研", "报告", "重点", "行业", "医保", "基金", "服务", "对象", "政策", "知晓", "案件", "办结", "数据", "安全"};
    private static final String[] ENDS = {"率", "次数", "人次", "数量", "及时性", "合规性", "满意度", "完成率", "覆盖率"};
    private static final String[][] PARENTS = {{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"},
        {"效益指标", "社会效益"}, {"效益指标", "经济效益"}, {"满意度指标", "服务对象满意度"}, {"过程", "资金管理"}};

    private CompletionBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = 2_000;
        Random random = new Random(42);
        List<KnownIndicator> indicators = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = PARTS[random.nextInt(PARTS.length)] + PARTS[random.nextInt(PARTS.length)]
                    + PARTS[random.nextInt(PARTS.length)] + ENDS[random.nextInt(ENDS.length)] + (i % 997);
            String[] parent = PARENTS[random.nextInt(PARENTS.length)];
            indicators.add(new KnownIndicator(name, parent[0], parent[1], "≥95%", "≥95%", IndicatorKind.LEVEL,
                    List.of()));
        }
        long t0 = System.nanoTime();
        IndicatorIndex index = new IndicatorIndex(indicators);
        long built = System.nanoTime() - t0;

        String[] typed = new String[queries];
        String[] parent = new String[queries];
        for (int q = 0; q < queries; q++) {
            KnownIndicator k = indicators.get(random.nextInt(n));
            parent[q] = k.parentPath();
            typed[q] = q % 2 == 0 ? k.name().substring(0, 2) : Pinyin.initials(k.name()).get(0).substring(0, 4);
        }
        for (int q = 0; q < 200; q++) { // warm-up, as a console session is after its first TAB
            index.find(parent[q], typed[q], 200);
        }
        long[] times = new long[queries];
        int found = 0;
        for (int q = 0; q < queries; q++) {
            long s = System.nanoTime();
            found += index.find(parent[q], typed[q], 200).size();
            times[q] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf("catalogue: %,d indicators, index built in %d ms (pinyin initials of every name)%n",
                n, built / 1_000_000);
        System.out.printf("%,d completions (half Chinese prefixes, half pinyin initials; %,d proposals in all):%n",
                queries, found);
        System.out.printf("  median %.2f ms, p99 %.2f ms, worst %.2f ms per completion (target <= 10 ms)%n",
                times[queries / 2] / 1e6, times[queries * 99 / 100] / 1e6, times[queries - 1] / 1e6);
    }
}
