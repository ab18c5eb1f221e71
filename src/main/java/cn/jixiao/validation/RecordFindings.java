package cn.jixiao.validation;

import cn.jixiao.shell.Messages;
import cn.jixiao.shell.Text;
import cn.jixiao.validation.model.Finding;

import java.util.ArrayList;
import java.util.List;

/** The findings about a record (self-evaluation, monitoring) as `eval show`/`monitor show` list them: one line each. */
public final class RecordFindings {
    private RecordFindings() {
    }

    /** {@code 警告  path：message  [rule]}, one line a finding. */
    public static List<String> lines(Messages m, List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(Text.padRight(m.get("severity." + f.severity().id()), 4) + "  " + f.path() + "："
                    + m.get(f.messageKey(), f.args().toArray()) + "  [" + f.rule() + "]");
        }
        return out;
    }
}
