package cn.jixiao.indicator.model;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ValueGrammarTest {

    private static final String SAMPLES = "/grammar/sample-values.tsv";

    /** Rows of sample-values.tsv: value, kind, canonical. Comment lines (#) and the header are skipped. */
    static List<Arguments> sampleValues() {
        InputStream in = ValueGrammarTest.class.getResourceAsStream(SAMPLES);
        assertThat(in).as("classpath resource %s", SAMPLES).isNotNull();
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    assertThat(line).isEqualTo("value\tkind\tcanonical");
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertThat(cells).as("row %s", line).hasSize(3);
                rows.add(Arguments.of(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Nested
    class SampleForms {

        @Test
        void the_sample_file_covers_every_kind() {
            List<Arguments> rows = sampleValues();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(90);
            assertThat(rows).extracting(a -> (String) a.get()[1])
                    .contains("Blank", "Schedule", "Quantitative", "Qualitative");
            assertThat(rows).extracting(a -> (String) a.get()[0]).doesNotHaveDuplicates();
        }

        @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
        @MethodSource("cn.jixiao.indicator.model.ValueGrammarTest#sampleValues")
        void every_sample_value_parses_to_its_kind_and_canonical_form(String value, String kind, String canonical) {
            IndicatorValue parsed = ValueGrammar.parse(value);

            assertThat(parsed.getClass().getSimpleName()).isEqualTo(kind);
            assertThat(parsed.canonical()).isEqualTo(canonical);
            assertThat(ValueGrammar.normalize(value)).isEqualTo(canonical);
            assertThat(parsed.text()).isEqualTo(value);
            assertThat(ValueGrammar.looksQuantitative(value)).isEqualTo(parsed instanceof IndicatorValue.Quantitative);
        }
    }

    /** The facts a value records when parsed agree with working them out from its text afterwards. */
    @Nested
    class FactsFoundAtParse {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"≥98%", "=100%", "100%", "≥ 98%", ">=98%", "＞＝９８％", "不低于98%", "98%以上", "≥1,000人",
            "≥05次", "=0.5%", "≥98.0%", "≤30万元", ">2次", "100", " ≥98% ", "≥98%。", "0", "00.5", "≥3.14159㎡"})
        void standard_spelling_is_what_the_text_reads(String text) {
            IndicatorValue.Quantitative q = (IndicatorValue.Quantitative) ValueGrammar.parse(text);

            assertThat(q.standardSpelling()).as(text).isEqualTo(text.strip().equals(q.standard()));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"≥abc", "=%", "不低于9 8%", "较高", "高于全国平均水平", "规范", "≥", "大于百分之九十"})
        void a_qualitative_value_knows_whether_it_looks_quantitative(String text) {
            IndicatorValue.Qualitative q = (IndicatorValue.Qualitative) ValueGrammar.parse(text);

            assertThat(q.looksQuantitative()).as(text).isEqualTo(ValueGrammar.looksQuantitative(text));
            assertThat(q).isEqualTo(new IndicatorValue.Qualitative(text));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("cn.jixiao.indicator.model.ValueGrammarTest#sampleValues")
        void every_sample_value_records_the_same_facts_as_its_text_gives(String value, String kind, String canonical) {
            IndicatorValue parsed = ValueGrammar.parse(value);

            if (parsed instanceof IndicatorValue.Quantitative q) {
                assertThat(q.standardSpelling()).isEqualTo(value.strip().equals(q.standard()));
                assertThat(q).isEqualTo(new IndicatorValue.Quantitative(value, q.comparator(), q.number(), q.unit(),
                        q.explicitComparator()));
            } else if (parsed instanceof IndicatorValue.Qualitative q) {
                assertThat(q.looksQuantitative()).isEqualTo(ValueGrammar.looksQuantitative(value));
            }
        }
    }

    @Nested
    class Quantities {

        @ParameterizedTest(name = "{0} -> {1} {2} {3}")
        @CsvSource(delimiter = '|', textBlock = """
                ≥210000万条  | GE | 210000 | 万条
                =2.25%      | EQ | 2.25   | %
                ≥18辆        | GE | 18     | 辆
                ≥350件       | GE | 350    | 件
                >2次         | GT | 2      | 次
                <5%         | LT | 5      | %
                ≤100%       | LE | 100    | %
                =100%       | EQ | 100    | %
                不低于935元/人  | GE | 935    | 元/人
                ≥3个工作日     | GE | 3      | 个工作日
                ≥1.5万人次     | GE | 1.5    | 万人次
                ≥500km      | GE | 500    | km
                ≥20m²       | GE | 20     | m²
                =96.90%     | EQ | 96.90  | %
                ≤3‰         | LE | 3      | ‰
                """)
        void explicit_comparator_number_and_unit(String text, Comparator comparator, String number, String unit) {
            IndicatorValue.Quantitative q = quantitative(text);

            assertThat(q.comparator()).isEqualTo(comparator);
            assertThat(q.number()).isEqualTo(new BigDecimal(number));
            assertThat(q.unit()).isEqualTo(unit);
            assertThat(q.explicitComparator()).isTrue();
        }

        @ParameterizedTest(name = "{0} -> ={1}{2}")
        @CsvSource(delimiter = '|', textBlock = """
                100%   | 100 | %
                100    | 100 | ''
                0      | 0   | ''
                20次    | 20  | 次
                363.21万人 | 363.21 | 万人
                """)
        void no_comparator_means_equal_and_is_not_explicit(String text, String number, String unit) {
            IndicatorValue.Quantitative q = quantitative(text);

            assertThat(q.comparator()).isEqualTo(Comparator.EQ);
            assertThat(q.explicitComparator()).isFalse();
            assertThat(q.number()).isEqualByComparingTo(number);
            assertThat(q.unit()).isEqualTo(unit);
            assertThat(q.canonical()).isEqualTo("=" + number + unit);
        }

        @Test
        void percent_flag() {
            assertThat(quantitative("=50%").isPercent()).isTrue();
            assertThat(quantitative("≥18辆").isPercent()).isFalse();
        }

        @Test
        void number_keeps_its_scale() {
            assertThat(quantitative("=2.50%").number().scale()).isEqualTo(2);
            assertThat(ValueGrammar.normalize("=2.50%")).isEqualTo("=2.50%");
        }
    }

    @Nested
    class Normalisation {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ＞＝９８％          | ≥98%
                ＞９８％           | >98%
                ＜５％            | <5%
                ＝１００％          | =100%
                ≧９０％           | ≥90%
                ≦１０％           | ≤10%
                ⩾90%            | ≥90%
                ⩽10%            | ≤10%
                ９８．５％          | =98.5%
                >=95%           | ≥95%
                <=5%            | ≤5%
                =>95%           | ≥95%
                =<5%            | ≤5%
                ≥=95%           | ≥95%
                ≤=5%            | ≤5%
                ==100%          | =100%
                不低于98%          | ≥98%
                不少于20次          | ≥20次
                不小于3个           | ≥3个
                大于等于95%         | ≥95%
                至少5场            | ≥5场
                不高于5%           | ≤5%
                不超过10天          | ≤10天
                小于等于3%          | ≤3%
                不大于2%           | ≤2%
                至多3次            | ≤3次
                大于95%           | >95%
                高于90%           | >90%
                超过90%           | >90%
                多于10家           | >10家
                小于5%            | <5%
                低于1%            | <1%
                少于3次            | <3次
                达到100%          | =100%
                等于100%          | =100%
                210,000万条       | =210000万条
                ≥1,250,000万条    | ≥1250000万条
                ≥210，000万条      | ≥210000万条
                100人以上          | ≥100人
                100人及以上         | ≥100人
                达到90%以上         | ≥90%
                ≥98%以上          | ≥98%
                5%以下            | ≤5%
                3个工作日以内        | ≤3个工作日
                超过90%。          | >90%
                1000元／人         | =1000元/人
                """)
        void spellings_normalise(String input, String canonical) {
            assertThat(ValueGrammar.normalize(input)).isEqualTo(canonical);
            IndicatorValue parsed = ValueGrammar.parse(input);
            assertThat(parsed).isInstanceOf(IndicatorValue.Quantitative.class);
            assertThat(parsed.text()).isEqualTo(input);
            assertThat(ValueGrammar.looksQuantitative(input)).isTrue();
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
                 ≥98%|≥98%
                ≥98% |≥98%
                ≥ 98%|≥98%
                ≥98 %|≥98%
                ≥ 98 %|≥98%
                不低于 98 %|≥98%
                \t=100%\t|=100%
                　≥18辆　|≥18辆
                ＞＝ ９８ ％|≥98%
                ≥98\u00A0%|≥98%
                """)
        void whitespace_between_parts_is_ignored_but_the_text_is_kept(String input, String canonical) {
            IndicatorValue.Quantitative q = quantitative(input);

            assertThat(q.canonical()).isEqualTo(canonical);
            assertThat(q.text()).isEqualTo(input);
        }

        @Test
        void qualitative_text_is_stripped_but_otherwise_untouched() {
            assertThat(ValueGrammar.normalize("  较高 ")).isEqualTo("较高");
            assertThat(ValueGrammar.normalize("严格执行相关财经法规、制度")).isEqualTo("严格执行相关财经法规、制度");
            // full-width characters inside prose are not rewritten
            assertThat(ValueGrammar.normalize("覆盖率达到１００％的社区")).isEqualTo("覆盖率达到１００％的社区");
        }

        @Test
        void schedule_normalises_to_the_word() {
            assertThat(ValueGrammar.normalize(" 序时进度 ")).isEqualTo("序时进度");
            assertThat(ValueGrammar.normalize("序时进度。")).isEqualTo("序时进度");
        }

        @Test
        void blank_normalises_to_empty() {
            assertThat(ValueGrammar.normalize(null)).isEmpty();
            assertThat(ValueGrammar.normalize("   ")).isEmpty();
        }
    }

    @Nested
    class EdgeCases {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " ", "\t", "　", "\u00A0", " \n "})
        void blank_text_is_blank(String text) {
            IndicatorValue v = ValueGrammar.parse(text);

            assertThat(v).isSameAs(IndicatorValue.Blank.INSTANCE);
            assertThat(v.isBlank()).isTrue();
            assertThat(v.text()).isEmpty();
            assertThat(ValueGrammar.looksQuantitative(text)).isFalse();
        }

        @Test
        void schedule_keeps_the_text_as_entered() {
            IndicatorValue v = ValueGrammar.parse(" 序时进度 ");

            assertThat(v).isInstanceOf(IndicatorValue.Schedule.class);
            assertThat(v.text()).isEqualTo(" 序时进度 ");
            assertThat(v.canonical()).isEqualTo("序时进度");
            assertThat(ValueGrammar.looksQuantitative("序时进度")).isFalse();
        }

        @Test
        void quantitative_keeps_the_text_exactly_as_entered() {
            String entered = "  ＞＝ ９８％ ";
            IndicatorValue v = ValueGrammar.parse(entered);

            assertThat(v.text()).isSameAs(entered);
            assertThat(v.canonical()).isEqualTo("≥98%");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"=%", "≥abc", ">=", "=", "≥", "≥ 9 8%", "≥98%%", "<>5", "≥.5%", "≤5%以上", "<3次以上",
                "≥9８％x", "不低于9 8%", "≥1,23万条", "≥98.%"})
        void comparator_like_but_unparseable_is_qualitative_and_flagged(String text) {
            IndicatorValue v = ValueGrammar.parse(text);

            assertThat(v).isInstanceOf(IndicatorValue.Qualitative.class);
            assertThat(v.text()).isEqualTo(text);
            assertThat(ValueGrammar.looksQuantitative(text)).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"不断提升", "严格执行相关财经法律法规", "规范", "较高", "提升", "全市域",
                "100%完成任务", "2次以上培训并形成报告", "12月底前", "2023年底", "100人左右", "100余人",
                "856.37万人，99%", "各类宣传项目≥5项", "完成12次", "高于全国平均水平", "达到国家标准",
                "不低于上年", "5项重点任务全部落实到位", "部门预算资金到位率100%", "2026年12月31日前", "1:1", "序时进度完成"})
        void prose_is_qualitative_and_not_flagged(String text) {
            IndicatorValue v = ValueGrammar.parse(text);

            assertThat(v).isInstanceOf(IndicatorValue.Qualitative.class);
            assertThat(v.text()).isEqualTo(text);
            assertThat(v.canonical()).isEqualTo(text.strip());
            assertThat(ValueGrammar.looksQuantitative(text)).isFalse();
        }

        @Test
        void a_lone_full_stop_is_text_not_blank() {
            IndicatorValue v = ValueGrammar.parse("。");

            assertThat(v).isInstanceOf(IndicatorValue.Qualitative.class);
            assertThat(v.canonical()).isEqualTo("。");
        }

        @Test
        void indicator_value_of_delegates_to_the_grammar() {
            assertThat(IndicatorValue.of(">2次")).isEqualTo(ValueGrammar.parse(">2次"));
            assertThat(IndicatorValue.of(">2次").canonical()).isEqualTo(">2次");
        }
    }

    @Test
    void parsing_many_values_gives_the_same_kinds_every_time() {
        // Speed is measured by src/bench/validation.sh, not here (no timed tests): this checks that parsing is
        // stateless across many calls.
        String[] values = Stream.of("=100%", "规范", "序时进度", "≥210000万条", "不低于98%", "严格执行相关财经法律法规",
                "＞＝９８％", "较高", ">95%", "100%").toArray(String[]::new);
        int count = 0;
        for (int round = 0; round < 200_000; round++) {
            for (String value : values) {
                if (ValueGrammar.parse(value) instanceof IndicatorValue.Quantitative) {
                    count++;
                }
            }
        }
        assertThat(count).isEqualTo(200_000 * 6);
    }

    private static IndicatorValue.Quantitative quantitative(String text) {
        IndicatorValue v = ValueGrammar.parse(text);
        assertThat(v).as("parse(%s)", text).isInstanceOf(IndicatorValue.Quantitative.class);
        return (IndicatorValue.Quantitative) v;
    }
}
