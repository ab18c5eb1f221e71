package cn.jixiao.validation.rules;

import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.util.HashMap;
import java.util.Map;

/** The same 三级 name twice in one tree (a copy-paste slip, or a row imported twice). */
public final class DuplicateIndicator extends BaseRule {
    /** Up to this many 三级, pairwise comparison beats hashing. */
    private static final int SMALL = 48;

    public DuplicateIndicator() {
        super("duplicate-indicator", Severity.ERROR, "structure");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        int n = form.size();
        if (n < 2) {
            return;
        }
        Map<String, Integer> first = n > SMALL ? new HashMap<>() : null;
        for (int j = 0; j < n; j++) {
            String name = form.indicator(j).name();
            if (name.isBlank()) {
                continue;
            }
            int earlier = -1;
            if (first != null) {
                Integer seen = first.putIfAbsent(name, j);
                earlier = seen == null ? -1 : seen;
            } else {
                int hash = form.nameHash(j);
                for (int i = 0; i < j; i++) {
                    if (form.nameHash(i) == hash && form.indicator(i).name().equals(name)) {
                        earlier = i;
                        break;
                    }
                }
            }
            if (earlier >= 0) {
                // reported against the first indicator of that name; paths only for a duplicate
                out.add(this, form.path(j), form.path(earlier));
            }
        }
    }
}
