package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.model.DomainException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped form vocabulary's synonyms on a real form, a maintainer's file over it, and a broken file. */
class FormVocabularyTest {
    @Test
    void synonymsOfTheShippedVocabularyReadARealForm() {
        // form 1 of the Nantong samples with the labels other regions print
        List<String> f = FormVariantsTest.form(1, 49);
        FormVariantsTest.set(f, 1, 7, f.get(6).replace("| 项目名称         |", "| 1.专项资金名称 |"));
        FormVariantsTest.set(f, 1, 15, f.get(14).replace("资金总额", "年度资金总额"));
        FormVariantsTest.set(f, 1, 16, f.get(15).replace("| 财政拨款  | 小计       |", "| 其中：本年财政拨款 |  |"));
        FormVariantsTest.set(f, 1, 23, f.get(22).replace("其他资金", "单位资金"));
        ImportedForm read = FormVariantsTest.one(f);
        Declaration d = read.declaration();
        assertThat(d.name()).isEqualTo("医保基金监督检查经费");
        assertThat(d.funding().total()).contains(new BigDecimal("58.17"));
        assertThat(d.funding().amount(FundingSource.FISCAL)).contains(new BigDecimal("58.17"));
        assertThat(d.funding().amount(FundingSource.OTHER)).contains(BigDecimal.ZERO);
        assertThat(read.reported()).isEmpty();
    }

    @Test
    void aMaintainersFileAddsLabelsAndWinsWhereBothDiffer() {
        FormVocabulary shipped = FormVocabulary.bundled();
        assertThat(shipped.fundingLabel("合计")).isEqualTo(FundingSource.TOTAL);
        assertThat(shipped.fundingLabel("项目总投资")).isNull();
        FormVocabulary v = FormVocabulary.with("mine.yaml", """
                funding:
                  total: [项目总投资]
                  other: [合计]
                header:
                  department: [归口部门]
                level1: [成本指标]
                """);
        assertThat(v.fundingLabel("项目总投资")).isEqualTo(FundingSource.TOTAL);
        assertThat(v.fundingLabel("合计")).isEqualTo(FundingSource.OTHER);
        assertThat(v.fundingLabel("资金总额")).isEqualTo(FundingSource.TOTAL);
        assertThat(v.headerField("归口部门")).isEqualTo(HeaderField.DEPARTMENT);
        assertThat(v.level1("成本指标(10分)")).isEqualTo("成本指标");

        // read with it: 归口部门 is the department
        List<String> f = FormVariantsTest.form(1, 49);
        FormVariantsTest.set(f, 1, 7, f.get(6).replace("主管部门", "归口部门"));
        List<ImportedForm> out = new ArrayList<>();
        MarkdownFormReader.read(new StringReader(String.join("\n", f)), "v.md", out::add);
        assertThat(out.get(0).declaration().header().department()).isEmpty(); // the active (shipped) vocabulary
        out.clear();
        FormTableParser p = new FormTableParser("v.md", out::add, v);
        int line = 0;
        for (String text : f) {
            line++;
            String t = text.strip();
            if (t.startsWith("|") && !MarkdownFormReader.isSeparator(t)) {
                p.row(new FormRow("v.md", null, line, MarkdownFormReader.cells(t)));
            } else if (!t.isEmpty()) {
                p.row(new FormRow("v.md", null, line, List.of(MarkdownFormReader.heading(t))));
            }
        }
        p.finish();
        assertThat(out.get(0).declaration().header().department()).isEqualTo("南通市医疗保障局");
    }

    @Test
    void aBrokenFileIsRefusedNamingFileAndKey() {
        assertThatThrownBy(() -> FormVocabulary.with("forms/labels.yaml", "fundng:\n  total: [x]\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("io.vocabulary-bad");
                    assertThat(e.args()).containsExactly("forms/labels.yaml", "fundng: unknown key");
                });
        assertThatThrownBy(() -> FormVocabulary.with("l.yaml", "funding:\n  cash: [现金]\n"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.args()).containsExactly("l.yaml", "funding.cash: unknown funding source"));
        assertThatThrownBy(() -> FormVocabulary.with("l.yaml", "title: {a: 1}\n"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.args()).containsExactly("l.yaml", "title: expected a list of labels"));
        assertThatThrownBy(() -> FormVocabulary.with("l.yaml", "title: [a\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("io.vocabulary-bad"));
    }
}
