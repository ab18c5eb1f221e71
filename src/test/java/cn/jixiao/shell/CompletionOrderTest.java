package cn.jixiao.shell;

import cn.jixiao.testsupport.ShellTestSupport;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: TAB lists candidates in the order JLine shows them — the provider's order, options last. */
class CompletionOrderTest extends ShellTestSupport {
    @Autowired
    JixiaoCompleter completer;

    /** The candidates for the line typed so far, sorted as JLine sorts them before listing. */
    private List<String> tab(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
        return candidates.stream().sorted().map(Candidate::value).toList();
    }

    @Test
    void openListsIdsInNumericOrder() throws Exception {
        for (int i = 0; i < 11; i++) {
            create("补全顺序" + i, 2026, "南通市医疗保障局");
        }
        List<String> ids = tab("open ").stream().filter(v -> v.matches("\\d+")).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(11);
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
    }

    @Test
    void addListsThatLevel2sOwnIndicatorsFirstAndOptionsLast() throws Exception {
        create("补全添加", 2026, "南通市医疗保障局");
        List<String> names = tab("add 产出指标/数量指标 ");
        assertThat(names).isNotEmpty();
        assertThat(names.get(names.size() - 1)).startsWith("--");
        int firstOption = names.indexOf(names.stream().filter(n -> n.startsWith("--")).findFirst().orElseThrow());
        assertThat(names.subList(firstOption, names.size())).allSatisfy(n -> assertThat(n).startsWith("--"));
        assertThat(names.subList(0, firstOption)).contains("租赁车辆车次");
    }

    /** The catalogue's names filed under the typed 二级 come before those filed elsewhere, as JLine lists them. */
    @Test
    void addOffersTheTyped二级sOwnIndicatorsBeforeOthers() throws Exception {
        create("补全本级优先", 2026, "南通市医疗保障局");
        List<Candidate> candidates = new ArrayList<>();
        String line = "add 产出指标/数量指标 ";
        completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
        List<Boolean> own = candidates.stream().sorted().filter(c -> !c.value().startsWith("--"))
                .map(c -> c.descr() != null && c.descr().startsWith("产出指标/数量指标")).toList();
        assertThat(own).as("names of 产出指标/数量指标 in the catalogue").contains(true).contains(false);
        assertThat(own.subList(own.indexOf(false), own.size())).as("after the first name filed elsewhere")
                .doesNotContain(true);
    }

    /** import reads one file: once it is typed, TAB offers the options, not a second file. */
    @Test
    void noSecondFileAfterTheOneImportReads() {
        assertThat(tab("import ")).contains("pom.xml", "--dry-run");
        assertThat(tab("import pom.xml ")).isNotEmpty().allSatisfy(v -> assertThat(v).startsWith("--"));
        assertThat(tab("import --format md ")).contains("pom.xml");
        assertThat(tab("import --format md pom.xml --dry-run ")).allSatisfy(v -> assertThat(v).startsWith("--"));
        assertThat(tab("validate --file ")).contains("pom.xml");
    }
}
