package cn.jixiao.declaration;

import cn.jixiao.shell.Messages;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision's summary in the reader's language. Summaries are stored in one canonical form (the Chinese of the
 * {@code summary.*} keys: {@code 添加 产出指标/数量指标/租赁车辆车次}, {@code 撤销 …}), so that every stored revision,
 * old or new, reads the same to everyone; {@code history}, {@code undo} and {@code redo} render it through the
 * bundle here. A summary in no known form (written by an older version, a script) is shown as stored.
 */
@Component
public class RevisionSummary {
    private record Form(Pattern pattern, String key) {
    }

    /** Most specific first: "支出 添加 …" before "添加 …". */
    private static final List<Form> FORMS = List.of(
            form("新建", "summary.new"),
            form("撤销 (.+)", "summary.undo"),
            form("重做 (.+)", "summary.redo"),
            form("恢复到第 (\\d+) 版", "summary.revert"),
            form("支出 添加 (.+)", "summary.expense-add"),
            form("支出 修改 (.+)", "summary.expense-set"),
            form("支出 删除 (.+)", "summary.expense-rm"),
            form("添加 (.+)", "summary.add"),
            form("删除 (.+)", "summary.rm"),
            form("修改 (.+)", "summary.set"),
            form("移动 (.+) → (.+)", "summary.mv"),
            form("重命名 (.+) → (.+)", "summary.rename"),
            form("表头 (.+)", "summary.header"),
            form("资金 (.+)", "summary.funding"),
            form("导入 (.+)", "summary.import"),
            form("自动修正 (\\d+) 处", "summary.fix"),
            form("应用模板 (.+)", "summary.template-apply"));

    private final Messages m;

    public RevisionSummary(Messages messages) {
        this.m = messages;
    }

    private static Form form(String regex, String key) {
        return new Form(Pattern.compile(regex, Pattern.DOTALL), key);
    }

    /** The stored summary as the reader's bundle words it. */
    public String render(String stored) {
        for (Form f : FORMS) {
            Matcher matcher = f.pattern().matcher(stored);
            if (matcher.matches()) {
                Object[] args = new Object[matcher.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = matcher.group(i + 1);
                }
                if (f.key().equals("summary.undo") || f.key().equals("summary.redo")) {
                    args[0] = render((String) args[0]); // what was undone, in the same words
                }
                return m.get(f.key(), args);
            }
        }
        return stored;
    }
}
