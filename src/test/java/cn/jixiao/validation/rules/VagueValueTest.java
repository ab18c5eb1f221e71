package cn.jixiao.validation.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass word search names the same word a search word by word would (the first in the list). */
class VagueValueTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            较高                   | 较高
            不断提升               | 不断
            不断提升，效果较高     | 较高
            进一步规范             | 进一步
            一定程度提升，持续改善 | 持续
            有所提高               | 有所
            一一对应               | null
            较                     | null
            规范                   | null
            显著提升 良好          | 显著
            良好                   | 良好
            """)
    void names_the_first_vague_word_of_the_list_the_text_contains(String text, String word) {
        assertThat(VagueValue.vagueWord(text)).isEqualTo(word);
    }
}
