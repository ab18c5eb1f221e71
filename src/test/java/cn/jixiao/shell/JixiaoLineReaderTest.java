package cn.jixiao.shell;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the console's TAB completion — the question before a long list in the user's language — through a
 * line reader on a terminal fed with keys.
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
}
