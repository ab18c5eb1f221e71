package cn.jixiao.io.form;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the layout keeps of a form's own title. */
class FormLayoutTest {

    @Test
    void aFormsOwnTitleKeepsItsIssuingLevelAndDropsItsYear() {
        assertThat(FormLayout.ownTitle("## **南通市本级项目预算绩效目标表**")).isEqualTo("南通市本级项目预算绩效目标表");
        assertThat(FormLayout.ownTitle("项目预算绩效目标表（2026年度）")).isEmpty();
        assertThat(FormLayout.ownTitle("部门预算项目支出绩效自评表(2023年)")).isEqualTo("部门预算项目支出绩效自评表");
        assertThat(FormLayout.ownTitle("项目 预算\t绩效目标表")).isEmpty();
        assertThat(FormLayout.ownTitle("绩效目标表(２０２３年度)")).isEqualTo("绩效目标表(２０２３年度)"); // \d is ASCII
        assertThat(FormLayout.ownTitle("绩效目标表(23年度)")).isEqualTo("绩效目标表(23年度)");
        assertThat(FormLayout.ownTitle("2023年度)")).isEqualTo("2023年度)");
    }
}
