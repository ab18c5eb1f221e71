package cn.jixiao.indicator.model;

import cn.jixiao.model.DomainException;
import cn.jixiao.testsupport.SampleForm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Path resolution and edits of the indicator tree, on the 医保租赁业务专项 sample form. */
class IndicatorTreeTest {
    private static final SampleForm FORM = SampleForm.load(SampleForm.YIBAO_ZULIN);
    private final IndicatorTree tree = FORM.toDeclaration().tree();

    private static PathException pathError(Runnable r) {
        return catchThrowableOfType(PathException.class, r::run);
    }

    @Nested
    class Resolve {
        @Test
        void fullPathNamesTheIndicatorAndItsFormPosition() {
            // on the form 资金到位率 comes before 预算执行率 under 过程/资金管理
            IndicatorTree.Node n = tree.resolve("过程/资金管理/预算执行率");
            assertThat(n.depth()).isEqualTo(3);
            assertThat(n.position()).hasToString("2.1.2");
            assertThat(n.path()).isEqualTo("过程/资金管理/预算执行率");
            assertThat(tree.indicator(n.position()).half().text()).isEqualTo("=32%");
        }

        @Test
        void everyRowOfTheFormResolvesByItsFullPathAndByItsLastSegment() {
            for (SampleForm.Row r : FORM.indicators()) {
                IndicatorTree.Node full = tree.resolve(r.path());
                assertThat(full.path()).isEqualTo(r.path());
                assertThat(tree.resolve(r.name())).as(r.name()).isEqualTo(full);
                Indicator i = tree.indicator(full.position());
                assertThat(i.half().text()).isEqualTo(r.half());
                assertThat(i.full().text()).isEqualTo(r.full());
            }
        }

        @Test
        void lastSegmentAndLevel2SuffixAndSurroundingBlanks() {
            IndicatorTree.Node byName = tree.resolve("租赁车辆车次");
            assertThat(byName.path()).isEqualTo("产出指标/数量指标/租赁车辆车次");
            assertThat(byName.position()).hasToString("3.1.1");
            assertThat(tree.resolve("数量指标/租赁车辆车次")).isEqualTo(byName);
            assertThat(tree.resolve("  租赁车辆车次 ")).isEqualTo(byName);
            assertThat(tree.resolve("/产出指标/数量指标/租赁车辆车次/")).isEqualTo(byName);
        }

        @Test
        void level1AndLevel2ByName() {
            assertThat(tree.resolve("过程").depth()).isEqualTo(1);
            assertThat(tree.resolve("过程").position()).hasToString("2");
            IndicatorTree.Node l2 = tree.resolve("资金管理");
            assertThat(l2.depth()).isEqualTo(2);
            assertThat(l2.path()).isEqualTo("过程/资金管理");
        }

        @Test
        void positionsAreOneBasedAsOnTheForm() {
            assertThat(tree.resolve("3.1.1").path()).isEqualTo("产出指标/数量指标/租赁车辆车次");
            assertThat(tree.resolve("1.1.1").path()).isEqualTo("决策/项目立项/立项程序规范性");
            assertThat(tree.resolve("3.4").path()).isEqualTo("产出指标/成本指标");
            assertThat(tree.resolve("5").path()).isEqualTo("满意度指标");
            for (IndicatorTree.Node n : tree.nodes()) {
                assertThat(tree.resolve(n.position().toString())).isEqualTo(n);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"9", "6.1", "3.9", "3.4.1", "1.1.3", "0.1.1", "2.0"})
        void positionsOutsideTheTree(String position) {
            PathException e = pathError(() -> tree.resolve(position));
            assertThat(e.key()).isEqualTo("path.no-position");
            assertThat(e.args()).containsExactly(position);
        }

        @Test
        void ambiguousNameListsEveryCandidateAndFullPathDisambiguates() {
            // the samples contain common indicators filed under the wrong 二级: the same name twice
            IndicatorTree t = tree.add("产出指标/质量指标", Indicator.of("资金使用合规性", "合规", "合规"));
            PathException e = pathError(() -> t.resolve("资金使用合规性"));
            assertThat(e.key()).isEqualTo("path.ambiguous");
            assertThat(e.args()[1].toString())
                    .contains("2.1.3 过程/资金管理/资金使用合规性")
                    .contains("3.2.2 产出指标/质量指标/资金使用合规性");
            assertThat(t.resolve("质量指标/资金使用合规性").position()).hasToString("3.2.2");
            assertThat(t.resolve("过程/资金管理/资金使用合规性").position()).hasToString("2.1.3");
        }

        @Test
        void anIndicatorNamedLikeItsLevel2IsPreferredOverTheLevel2() {
            IndicatorTree t = tree.add("产出指标/数量指标", Indicator.of("数量指标", "≥1个", "≥2个"));
            IndicatorTree.Node n = t.resolve("数量指标");
            assertThat(n.depth()).isEqualTo(3);
            assertThat(n.path()).isEqualTo("产出指标/数量指标/数量指标");
            assertThat(t.resolve("产出指标/数量指标").depth()).isEqualTo(2);
        }

        @Test
        void notFoundWithoutAnythingSimilar() {
            PathException e = pathError(() -> tree.resolve("培训参训率"));
            assertThat(e.key()).isEqualTo("path.not-found");
            assertThat(e.args()).containsExactly("培训参训率");
        }

        @Test
        void notFoundSuggestsNamesThatContainTheText() {
            PathException e = pathError(() -> tree.resolve("执行率"));
            assertThat(e.key()).isEqualTo("path.not-found-similar");
            assertThat(e.args()[0]).isEqualTo("执行率");
            assertThat(e.args()[1].toString()).contains("过程/资金管理/预算执行率").doesNotContain("资金到位率");
        }

        @Test
        void emptyAndMalformedPaths() {
            assertThat(pathError(() -> tree.resolve("")).key()).isEqualTo("path.empty");
            assertThat(pathError(() -> tree.resolve("   ")).key()).isEqualTo("path.empty");
            assertThat(pathError(() -> tree.resolve(null)).key()).isEqualTo("path.empty");
            assertThat(pathError(() -> tree.resolve("a/b/c/d")).key()).isEqualTo("path.bad");
            assertThat(pathError(() -> tree.resolve("///")).key()).isEqualTo("path.bad");
        }

        @Test
        void resolveIndicatorRefusesLevel1AndLevel2() {
            PathException e = pathError(() -> tree.resolveIndicator("资金管理"));
            assertThat(e.key()).isEqualTo("path.not-indicator");
            assertThat(e.args()).containsExactly("资金管理", "过程/资金管理");
            assertThat(pathError(() -> tree.resolveIndicator("2")).key()).isEqualTo("path.not-indicator");
        }

        @Test
        void resolveLevel2RefusesOthersAndSuggestsLevel2Paths() {
            PathException fromLevel1 = pathError(() -> tree.resolveLevel2("产出指标"));
            assertThat(fromLevel1.key()).isEqualTo("path.not-level2");
            assertThat(fromLevel1.args()[1].toString().split("、"))
                    .containsExactly("产出指标/数量指标", "产出指标/质量指标", "产出指标/时效指标", "产出指标/成本指标");
            PathException fromIndicator = pathError(() -> tree.resolveLevel2("租赁车辆车次"));
            assertThat(fromIndicator.args()[1]).isEqualTo("产出指标/数量指标");
        }

        @Test
        void pathExceptionIsADomainException() {
            assertThat(pathError(() -> tree.resolve("不存在的指标"))).isInstanceOf(DomainException.class);
        }
    }

    @Nested
    class Edits {
        @Test
        void addAppendsToTheLevel2AndLeavesTheOriginalUntouched() {
            int before = tree.indicatorCount();
            IndicatorTree added = tree.add("产出指标/数量指标", Indicator.of("绿植租赁盆数", "≥50盆", "≥100盆"));
            assertThat(added).isNotSameAs(tree);
            assertThat(added.indicatorCount()).isEqualTo(before + 1);
            assertThat(tree.indicatorCount()).isEqualTo(before);
            assertThat(tree.find("产出指标", "数量指标", "绿植租赁盆数")).isEmpty();
            assertThat(added.resolve("绿植租赁盆数").position()).hasToString("3.1.2");
            assertThat(added.find("产出指标", "数量指标", "绿植租赁盆数")).get()
                    .extracting(i -> i.full().text()).isEqualTo("≥100盆");
        }

        @Test
        void addIntoAnEmptyLevel2ByItsLastSegment() {
            IndicatorTree added = tree.add("成本指标", Indicator.of("车辆租赁单价", "≤500元/天", "≤500元/天"));
            assertThat(added.resolve("车辆租赁单价").position()).hasToString("3.4.1");
        }

        @Test
        void duplicateNamesInOneLevel2AreRefusedButAllowedElsewhere() {
            PathException e = pathError(() -> tree.add("过程/资金管理", Indicator.of("预算执行率", "=50%", "=100%")));
            assertThat(e.key()).isEqualTo("indicator.duplicate");
            assertThat(e.args()).containsExactly("过程/资金管理", "预算执行率");
            assertThat(tree.add("产出指标/质量指标", Indicator.of("预算执行率", "=50%", "=100%")).indicatorCount())
                    .isEqualTo(tree.indicatorCount() + 1);
        }

        @Test
        void addRefusesBadNamesAndNonLevel2Parents() {
            assertThat(pathError(() -> tree.add("产出指标/数量指标", Indicator.of(" ", "", ""))).key())
                    .isEqualTo("indicator.name-empty");
            assertThat(pathError(() -> tree.add("产出指标/数量指标", Indicator.of("车次/人次", "", ""))).key())
                    .isEqualTo("indicator.name-slash");
            assertThat(pathError(() -> tree.add("产出指标", Indicator.of("车次", "", ""))).key())
                    .isEqualTo("path.not-level2");
        }

        @Test
        void updateChangesValuesAndName() {
            IndicatorTree changed = tree.update("租赁车辆车次", i -> i.withHalf(ValueGrammar.parse("≥20辆")));
            assertThat(changed.indicator(changed.resolve("3.1.1").position()).half().text()).isEqualTo("≥20辆");
            assertThat(tree.indicator(tree.resolve("3.1.1").position()).half().text()).isEqualTo("≥18辆");

            IndicatorTree renamed = tree.update("3.1.1", i -> i.withName("租赁车辆台次"));
            assertThat(renamed.resolve("3.1.1").path()).isEqualTo("产出指标/数量指标/租赁车辆台次");
            assertThat(renamed.indicatorCount()).isEqualTo(tree.indicatorCount());
            assertThat(tree.resolve("3.1.1").path()).endsWith("租赁车辆车次");
        }

        @Test
        void renamingOntoASiblingIsRefusedRenamingToItselfIsNot() {
            PathException e = pathError(() -> tree.update("预算执行率", i -> i.withName("资金到位率")));
            assertThat(e.key()).isEqualTo("indicator.duplicate");
            assertThat(tree.update("预算执行率", i -> i.withName("预算执行率"))).isEqualTo(tree);
            assertThat(pathError(() -> tree.update("预算执行率", i -> i.withName("a/b"))).key())
                    .isEqualTo("indicator.name-slash");
        }

        @Test
        void updateAndRemoveNeedAnIndicator() {
            assertThat(pathError(() -> tree.update("资金管理", i -> i)).key()).isEqualTo("path.not-indicator");
            assertThat(pathError(() -> tree.remove("过程")).key()).isEqualTo("path.not-indicator");
        }

        @Test
        void removeShiftsTheFollowingPositions() {
            IndicatorTree removed = tree.remove("过程/资金管理/资金到位率");
            assertThat(removed.indicatorCount()).isEqualTo(tree.indicatorCount() - 1);
            assertThat(removed.resolve("预算执行率").position()).hasToString("2.1.1");
            assertThat(pathError(() -> removed.resolve("资金到位率")).key()).startsWith("path.not-found");
            assertThat(tree.resolve("资金到位率").position()).hasToString("2.1.1");
        }

        @Test
        void moveAppendsToTheTargetAndRemovesFromTheSource() {
            IndicatorTree moved = tree.move("经费支出时效性", "产出指标/质量指标");
            assertThat(moved.resolve("经费支出时效性").path()).isEqualTo("产出指标/质量指标/经费支出时效性");
            assertThat(moved.resolve("经费支出时效性").position()).hasToString("3.2.2");
            assertThat(moved.level2(moved.resolve("时效指标").position()).indicators()).isEmpty();
            assertThat(moved.indicatorCount()).isEqualTo(tree.indicatorCount());
            assertThat(tree.resolve("经费支出时效性").path()).isEqualTo("产出指标/时效指标/经费支出时效性");
        }

        @Test
        void moveWithinTheSameLevel2ChangesNothing() {
            assertThat(tree.move("3.1.1", "数量指标")).isSameAs(tree);
        }

        @Test
        void moveOntoAnExistingNameOrANonLevel2IsRefused() {
            IndicatorTree t = tree.add("产出指标/质量指标", Indicator.of("经费支出时效性", "及时", "及时"));
            PathException e = pathError(() -> t.move("时效指标/经费支出时效性", "产出指标/质量指标"));
            assertThat(e.key()).isEqualTo("indicator.duplicate");
            assertThat(pathError(() -> tree.move("经费支出时效性", "产出指标")).key()).isEqualTo("path.not-level2");
        }

        @Test
        void theTreeAndItsListsCannotBeChangedInPlace() {
            List<Level1> level1s = tree.level1s();
            assertThatThrownBy(() -> level1s.remove(0)).isInstanceOf(UnsupportedOperationException.class);
            List<Indicator> indicators = tree.level2(tree.resolve("数量指标").position()).indicators();
            assertThatThrownBy(() -> indicators.add(Indicator.of("x", "", ""))).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
