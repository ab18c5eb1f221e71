package cn.jixiao.declaration.model;

import cn.jixiao.indicator.model.Framework;
import cn.jixiao.model.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HeaderFieldTest {
    private final Declaration d = Declaration.create("医保租赁业务专项", 2026, "南通市医疗保障局", Framework.JIANGSU);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "项目名称, NAME",
            "name, NAME",
            "主管部门, DEPARTMENT",
            "DEPARTMENT, DEPARTMENT",
            "项目负责人/联系电话, CONTACT",
            "项目负责人, CONTACT",
            "联系电话, CONTACT",
            "' 年度 ', YEAR",
            "year, YEAR",
            "立项必要性, NECESSITY",
            "项目可行性说明, FEASIBILITY_NOTE",
            "feasibility-note, FEASIBILITY_NOTE",
            "绩效目标, ANNUAL_GOAL",
            "年度目标, ANNUAL_GOAL",
            "中长期目标, MID_TERM_GOAL",
    })
    void foundByChineseLabelOrId(String text, HeaderField expected) {
        assertThat(HeaderField.find(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"项目编号", "", "names", "预算"})
    void unknownFields(String text) {
        assertThat(HeaderField.find(text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = HeaderField.class, names = "YEAR", mode = EnumSource.Mode.EXCLUDE)
    void settingOneTextFieldChangesOnlyThatField(HeaderField field) {
        Declaration changed = field.set(d, "  南通市医疗保险基金管理中心 ");
        assertThat(field.get(changed)).isEqualTo("南通市医疗保险基金管理中心");
        for (HeaderField other : HeaderField.values()) {
            if (other != field) {
                assertThat(other.get(changed)).as(other.label()).isEqualTo(other.get(d));
            }
        }
        assertThat(changed.tree()).isEqualTo(d.tree());
        assertThat(changed.funding()).isEqualTo(d.funding());
        // the original is a value: unchanged
        assertThat(d.name()).isEqualTo("医保租赁业务专项");
        assertThat(field.get(d)).isNotEqualTo("南通市医疗保险基金管理中心");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2027, 2027", "2027年度, 2027", "2028年, 2028", "' 2029 ', 2029"})
    void yearAcceptsTheFormsSpelling(String text, int expected) {
        assertThat(HeaderField.YEAR.set(d, text).header().year()).isEqualTo(expected);
        assertThat(HeaderField.YEAR.get(HeaderField.YEAR.set(d, text))).isEqualTo(String.valueOf(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"明年", "26", "20266", "2026-2027", "", "1800", "0000", "2101年度"})
    void badYearsAreRefused(String text) {
        // the same range as Declaration.create: `header set 年度 1800` must not store a year `new` refuses
        DomainException e = catchThrowableOfType(DomainException.class, () -> HeaderField.YEAR.set(d, text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.key()).isEqualTo("declaration.year-bad");
        assertThat(d.header().year()).isEqualTo(2026);
    }

    @Test
    void theNameCannotBeBlanked() {
        assertThat(catchThrowableOfType(DomainException.class, () -> HeaderField.NAME.set(d, "  ")).key())
                .isEqualTo("declaration.name-empty");
    }

    @Test
    void aNewDeclarationIsChecked() {
        assertThat(catchThrowableOfType(DomainException.class,
                () -> Declaration.create(" ", 2026, "", Framework.JIANGSU)).key()).isEqualTo("declaration.name-empty");
        DomainException year = catchThrowableOfType(DomainException.class,
                () -> Declaration.create("x", 1989, "", Framework.JIANGSU));
        assertThat(year.key()).isEqualTo("declaration.year-bad");
        assertThat(year.args()).containsExactly(1989);
        Declaration created = Declaration.create(" 医保租赁业务专项 ", 2026, " 南通市医疗保障局 ", Framework.JIANGSU);
        assertThat(created.name()).isEqualTo("医保租赁业务专项");
        assertThat(created.header().department()).isEqualTo("南通市医疗保障局");
        assertThat(created.id()).isZero();
        assertThat(created.revision()).isZero();
        assertThat(created.tree()).isEqualTo(Framework.JIANGSU.skeleton());
    }
}
