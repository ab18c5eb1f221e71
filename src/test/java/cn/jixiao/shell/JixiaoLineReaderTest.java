package cn.jixiao.shell;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the console's TAB completion — the question before a long list in the user's language, and pinyin
 * initials replaced by the prefix their matches share — through a line reader on a terminal fed with keys.
 */
class JixiaoLineReaderTest {
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private static Completer offering(List<String> values) {
        return (reader, line, candidates) -> values.forEach(v -> candidates.add(new Candidate(v)));
    }

    /** More candidates than JLine lists without asking (its list-max, 100). */
    private static final Completer MANY = offering(IntStream.rangeClosed(1, 120)
            .mapToObj(i -> String.format("候选%03d", i)).toList());

    private static final Completer INDICATORS = offering(List.of("产出指标/数量指标", "产出指标/质量指标",
            "产出指标/时效指标", "满意度指标/服务对象满意度", "资金到位率", "资金兑付率"));

    private static TabTerminal.Typed type(String keys, Completer completer, Messages messages) {
        return TabTerminal.type(keys, completer, null, messages, 80, 24);
    }

    @Test
    void theQuestionIsWordedInEachLanguage() {
        assertThat(JixiaoLineReader.showAll(68, 68, ZH)).isEqualTo("显示全部 68 个候选项（68 行）？(y/n)");
        assertThat(JixiaoLineReader.showAll(68, 68, EN)).isEqualTo("Show all 68 possibilities (68 lines)? (y/n)");
    }

    @Test
    void aLongListIsAskedForInChineseAndYesListsIt() {
        TabTerminal.Typed yes = type("\ty\n", MANY, ZH);
        assertThat(yes.screen()).contains("显示全部 120 个候选项（").contains("行）？(y/n)")
                .doesNotContain("do you wish", "Spring Shell", "possibilities")
                .contains("候选001", "候选120");
        assertThat(yes.line()).as("the prefix shared, as JLine inserts it").isEqualTo("候选");
    }

    @Test
    void anyOtherAnswerGoesBackToTheLineUnchanged() {
        TabTerminal.Typed no = type("候\tn\n", MANY, ZH);
        assertThat(no.screen()).contains("显示全部 120 个候选项").doesNotContain("候选001");
        assertThat(no.line()).isEqualTo("候选");
        assertThat(type("候\tx\n", MANY, ZH).line()).isEqualTo("候选");
    }

    @Test
    void inEnglishTheQuestionIsEnglishWithoutTheAppName() {
        TabTerminal.Typed yes = type("\ty\n", MANY, EN);
        assertThat(yes.screen()).contains("Show all 120 possibilities (").contains(" lines)? (y/n)")
                .doesNotContain("do you wish", "Spring Shell", "显示全部").contains("候选001");
    }

    @Test
    void pinyinInitialsBecomeThePrefixTheirMatchesShare() {
        assertThat(type("cczb\t\n", INDICATORS, ZH).line()).isEqualTo("产出指标/");
        // as the Chinese prefix typed does
        assertThat(type("产出\t\n", INDICATORS, ZH).line()).isEqualTo("产出指标/");
        // then the list is that prefix's: every match shown
        assertThat(type("cczb\t\n", INDICATORS, ZH).screen()).contains("数量指标", "质量指标", "时效指标");
        // a single match is completed whole, as before
        assertThat(type("mydzb\t\n", INDICATORS, ZH).line()).isEqualTo("满意度指标/服务对象满意度 ");
        // 资金 would drop the d typed: the word stays, the matches are listed
        TabTerminal.Typed zjd = type("zjd\t\n", INDICATORS, ZH);
        assertThat(zjd.line()).isEqualTo("zjd");
        assertThat(zjd.screen()).contains("资金到位率", "资金兑付率");
    }

    @Test
    void thePrefixSharedCoversTheInitialsTyped() {
        List<String> outputs = List.of("产出指标/数量指标", "产出指标/质量指标", "产出指标/时效指标");
        assertThat(Pinyin.sharedPrefix("cczb", outputs)).contains("产出指标/");
        assertThat(Pinyin.sharedPrefix("cc", outputs)).contains("产出指标/");
        assertThat(Pinyin.sharedPrefix("CCZB", outputs)).contains("产出指标/");
        // matched from a later segment on: the shared path
        assertThat(Pinyin.sharedPrefix("zjgl", List.of("过程/资金管理/预算执行率", "过程/资金管理/资金到位率")))
                .contains("过程/资金管理/");
        // one match: JLine completes it whole
        assertThat(Pinyin.sharedPrefix("mydzb", List.of("满意度指标/服务对象满意度"))).isEmpty();
        // nothing shared, or less than was typed
        assertThat(Pinyin.sharedPrefix("zb", List.of("产出指标/数量指标", "效益指标/社会效益"))).isEmpty();
        assertThat(Pinyin.sharedPrefix("zjd", List.of("资金到位率", "资金兑付率"))).isEmpty();
        // a prefix that starts with the word typed: JLine inserts it itself
        assertThat(Pinyin.sharedPrefix("ab", List.of("abc1", "abc2"))).isEmpty();
        // not initials
        assertThat(Pinyin.sharedPrefix("产出", outputs)).isEmpty();
        // a character outside the BMP is shared whole or not at all
        assertThat(Pinyin.sharedPrefix("zz", List.of("中\uD842\uDFB7a", "中\uD842\uDFB8b"))).isEmpty();
    }
}
