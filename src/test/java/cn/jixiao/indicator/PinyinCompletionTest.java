package cn.jixiao.indicator;

import cn.jixiao.indicator.model.IndicatorKind;
import cn.jixiao.indicator.model.KnownIndicator;
import cn.jixiao.shell.Pinyin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinCompletionTest {
    @ParameterizedTest
    @CsvSource({
            "yszxl, 预算执行率",
            "mydzb, 满意度指标",
            "zjdwl, 过程/资金管理/资金到位率",
            "zjgl, 过程/资金管理/资金到位率",
            "zdhy, 重点行业检查次数",
            "cdhy, 重点行业检查次数",
            "zdxy, 重点行业检查次数",
            "yhdk, 银行贷款",
            "kj, 会计核算",
    })
    void initialsMatchEveryReadingOfPolyphones(String typed, String candidate) {
        assertThat(Pinyin.matches(typed, candidate)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"yszxa, 预算执行率", "myd, 过程/资金管理/预算执行率", "zz, 满意度指标"})
    void otherInitialsDoNotMatch(String typed, String candidate) {
        assertThat(Pinyin.matches(typed, candidate)).isFalse();
    }

    @Test
    void onlyLatinLettersAreAnInitialsQuery() {
        assertThat(Pinyin.isInitialsQuery("ys")).isTrue();
        assertThat(Pinyin.isInitialsQuery("y")).isFalse();
        assertThat(Pinyin.isInitialsQuery("预算")).isFalse();
        assertThat(Pinyin.isInitialsQuery("3.1")).isFalse();
    }

    private static KnownIndicator known(String l1, String l2, String name, String half, String full) {
        return new KnownIndicator(name, l1, l2, half, full, IndicatorKind.LEVEL, List.of());
    }

    @Test
    void indexFindsByPrefixAndByInitialsWithTheParentFirst() {
        IndicatorIndex index = new IndicatorIndex(List.of(
                known("效益指标", "社会效益", "培训覆盖率", "≥90%", "≥95%"),
                known("产出指标", "数量指标", "培训人次", "≥100人次", "≥200人次"),
                known("产出指标", "数量指标", "培训参训率", "=100%", "=100%"),
                known("过程", "资金管理", "预算执行率", "=50%", "=100%")));

        assertThat(index.find("产出指标/数量指标", "培训", 10)).extracting(KnownIndicator::name)
                .containsExactly("培训人次", "培训参训率", "培训覆盖率");
        assertThat(index.find("过程/资金管理", "yszxl", 10)).extracting(KnownIndicator::name)
                .containsExactly("预算执行率");
        assertThat(index.find("产出指标/数量指标", "pxc", 10)).extracting(KnownIndicator::name)
                .containsExactly("培训参训率");
        assertThat(index.find("", "培训", 2)).hasSize(2);
        assertThat(index.values("培训人次", true)).containsExactly("≥100人次");
        assertThat(index.values("培训人次", false)).containsExactly("≥200人次");
        assertThat(index.values("不存在", true)).isEmpty();
    }
}
