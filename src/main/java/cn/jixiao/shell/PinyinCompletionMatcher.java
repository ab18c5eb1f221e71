package cn.jixiao.shell;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.impl.CompletionMatcherImpl;

import java.util.Map;

/**
 * JLine's matching (prefix, then typo-tolerant) plus one more step: when nothing matches and the word typed is
 * Latin letters, candidates whose pinyin initials start with it ({@code yszxl<TAB>} → 过程/资金管理/预算执行率).
 */
public class PinyinCompletionMatcher extends CompletionMatcherImpl {
    @Override
    protected void defaultMatchers(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
                                   boolean caseInsensitive, int errors, String originalGroupName) {
        super.defaultMatchers(options, prefix, line, caseInsensitive, errors, originalGroupName);
        String word = line.word();
        String typed = word.substring(0, Math.min(line.wordCursor(), word.length()));
        if (Pinyin.isInitialsQuery(typed)) {
            matchers.add(simpleMatcher(candidate -> Pinyin.matches(typed, candidate)));
        }
    }
}
