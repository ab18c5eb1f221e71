package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

import java.util.HashMap;
import java.util.Map;

/** The same 三级 name twice in one tree (a copy-paste slip, or a row imported twice). */
public final class DuplicateIndicator implements Rule {
    @Override
    public String id() {
        return "duplicate-indicator";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return "structure";
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        Map<String, String> seen = new HashMap<>();
        Walk.indicators(d, (l1, l2, i) -> {
            if (i.name().isBlank()) {
                return;
            }
            String path = Walk.path(l1, l2, i);
            String first = seen.putIfAbsent(i.name(), path);
            if (first != null) {
                out.add(this, path, first);
            }
        });
    }
}
