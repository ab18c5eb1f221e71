package cn.jixiao.model;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ControlChars#first}: its quick pass over printable ASCII and CJK text, and every kind it must still find. */
class ControlCharsTest {
    @Test
    void textOfARealFormHasNone() {
        assertThat(ControlChars.first("医保租赁业务专项 ≥95%（2022年度）：1-6月执行数 25.5 万元")).isEmpty();
        assertThat(ControlChars.first("")).isEmpty();
        assertThat(ControlChars.first("𠀀𠀁 CJK extension B, a pair of surrogates")).isEmpty();
    }

    @Test
    void findsEachKindAfterPlainText() {
        assertThat(ControlChars.first("项目\u001B[2J名称")).isEqualTo(OptionalInt.of(0x1B));
        assertThat(ControlChars.first("ab\tc")).isEqualTo(OptionalInt.of('\t'));
        assertThat(ControlChars.first("满意度\u007F")).isEqualTo(OptionalInt.of(0x7F));
        assertThat(ControlChars.first("指标\u0085值")).isEqualTo(OptionalInt.of(0x85));
        assertThat(ControlChars.first("名称\u202E反向")).isEqualTo(OptionalInt.of(0x202E));
        assertThat(ControlChars.first("名称\u2066隔离")).isEqualTo(OptionalInt.of(0x2066));
        assertThat(ControlChars.first("阿拉伯\u061C")).isEqualTo(OptionalInt.of(0x061C));
        assertThat(ControlChars.first("行\u2028分隔")).isEqualTo(OptionalInt.of(0x2028));
        assertThat(ControlChars.first("孤\uD800立")).isEqualTo(OptionalInt.of(0xD800));
        assertThat(ControlChars.first("孤立\uDC00")).isEqualTo(OptionalInt.of(0xDC00));
    }

    @Test
    void theFirstIsFoundWhenPlainTextMixesWithOtherScripts() {
        // Latin-1 letters and full-width forms are neither ASCII nor CJK: the slow pass starts there and still finds
        assertThat(ControlChars.first("café 项目\u0007")).isEqualTo(OptionalInt.of(7));
        assertThat(ControlChars.first("ＡＢＣ１２３")).isEmpty();
        assertThat(ControlChars.first("ü𠀀\u001B")).isEqualTo(OptionalInt.of(0x1B));
    }
}
