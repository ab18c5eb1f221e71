package cn.jixiao.shell;

import cn.jixiao.testsupport.ShellTestSupport;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 in the console's terms: jixiao's completer and Spring Shell's parser behind the console's line reader,
 * on an 80×24 terminal fed with keys. The catalogue offers dozens of names for {@code add 产出指标/数量指标 }.
 */
class ConsoleTabTest extends ShellTestSupport {
    @Autowired
    JixiaoCompleter completer;

    @Autowired
    Parser parser;

    private TabTerminal.Typed type(String keys, Messages language) {
        return TabTerminal.type(keys, completer, parser, language, 80, 24);
    }

    @Test
    void theCatalogueIsOfferedAfterAQuestionInTheConsolesLanguage() throws Exception {
        create("补全提问", 2026, "南通市医疗保障局");
        TabTerminal.Typed no = type("add 产出指标/数量指标 \tn\n", messages);
        assertThat(no.screen()).containsPattern("显示全部 \\d+ 个候选项（\\d+ 行）？\\(y/n\\)")
                .doesNotContain("do you wish", "Spring Shell", "租赁车辆车次");
        assertThat(no.line()).isEqualTo("add 产出指标/数量指标 ");

        TabTerminal.Typed yes = type("add 产出指标/数量指标 \ty\n", messages);
        assertThat(yes.screen()).contains("租赁车辆车次");

        TabTerminal.Typed english = type("add 产出指标/数量指标 \ty\n", new Messages(Locale.ENGLISH));
        assertThat(english.screen()).containsPattern("Show all \\d+ possibilities \\(\\d+ lines\\)\\? \\(y/n\\)")
                .doesNotContain("do you wish", "Spring Shell", "显示全部").contains("租赁车辆车次");
    }

    @Test
    void pinyinInitialsOfSeveral二级BecomeTheir一级() throws Exception {
        create("补全拼音前缀", 2026, "南通市医疗保障局");
        TabTerminal.Typed typed = type("add cczb\t\n", messages);
        assertThat(typed.line()).isEqualTo("add 产出指标/");
        assertThat(typed.screen()).contains("产出指标/数量指标", "产出指标/质量指标");
        assertThat(type("add 产出\t\n", messages).line()).isEqualTo(typed.line());
        // one match: completed whole, as before
        assertThat(type("add cczbsl\t\n", messages).line()).isEqualTo("add 产出指标/数量指标 ");
    }
}
