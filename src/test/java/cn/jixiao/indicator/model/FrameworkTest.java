package cn.jixiao.indicator.model;

import cn.jixiao.testsupport.SampleForm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkTest {
    private final Framework jiangsu = Framework.JIANGSU;

    @Test
    void jiangsuHasTheFiveLevel1sInFormOrder() {
        assertThat(jiangsu.sections()).extracting(Framework.Section::name)
                .containsExactly("决策", "过程", "产出指标", "效益指标", "满意度指标");
    }

    @Test
    void skeletonHasEveryLevel2OfTheDataAndNoIndicators() {
        int level2InData = jiangsu.sections().stream().mapToInt(s -> s.level2().size()).sum();
        IndicatorTree skeleton = jiangsu.skeleton();
        assertThat(skeleton.level1s()).hasSize(jiangsu.sections().size());
        assertThat(skeleton.nodes().stream().filter(n -> n.depth() == 2).count()).isEqualTo(level2InData);
        assertThat(jiangsu.level2Count()).isEqualTo(level2InData);
        assertThat(skeleton.indicatorCount()).isZero();
        for (int i = 0; i < jiangsu.sections().size(); i++) {
            assertThat(skeleton.level1s().get(i).children()).extracting(Level2::name)
                    .containsExactlyElementsOf(jiangsu.sections().get(i).level2());
        }
    }

    @Test
    void theSampleFormUsesExactlyTheJiangsuLevel2sInOrder() {
        List<String> framework = new ArrayList<>();
        for (Framework.Section s : jiangsu.sections()) {
            s.level2().forEach(l2 -> framework.add(s.name() + "/" + l2));
        }
        SampleForm form = SampleForm.load(SampleForm.YIBAO_ZULIN);
        assertThat(form.level2Paths()).containsExactlyElementsOf(framework);
    }

    @Test
    void sectionsAreImmutable() {
        assertThat(jiangsu.sections()).isUnmodifiable();
        assertThat(jiangsu.sections().get(0).level2()).isUnmodifiable();
    }
}
