package cn.jixiao.validation.rules;

import cn.jixiao.indicator.model.Indicator;
import cn.jixiao.indicator.model.KnownIndicator;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the eleven common 决策/过程 indicators is nowhere in the tree (Jiangsu forms carry all of them). */
public final class CommonIndicatorMissing extends BaseRule {
    public CommonIndicatorMissing() {
        super("common-indicator-missing", Severity.WARNING, "structure");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        if (!form.declaration().frameworkId().equals(cn.jixiao.indicator.model.Framework.JIANGSU.id())) {
            return;
        }
        // one pass over the tree: which of the common indicators (by name or alias) it has
        int found = 0;
        for (int k = 0; k < form.size(); k++) {
            Indicator i = form.indicator(k);
            Integer bits = MATCHES.get(i.name());
            if (bits != null) {
                found |= bits;
            }
        }
        if (found == ALL) {
            return;
        }
        for (int b = 0; b < COMMON.size(); b++) {
            if ((found & (1 << b)) == 0) {
                KnownIndicator k = COMMON.get(b);
                out.add(this, k.parentPath() + "/" + k.name(), k.half(), k.full());
            }
        }
    }

    private static final List<KnownIndicator> COMMON = KnownIndicator.COMMON;
    private static final int ALL = (1 << COMMON.size()) - 1;
    /** Name or alias → the bits of the common indicators it matches ({@link KnownIndicator#matches}). */
    private static final Map<String, Integer> MATCHES = new HashMap<>();

    static {
        if (COMMON.size() > 30) {
            throw new IllegalStateException("more common indicators than bits");
        }
        for (int b = 0; b < COMMON.size(); b++) {
            KnownIndicator k = COMMON.get(b);
            MATCHES.merge(k.name(), 1 << b, (x, y) -> x | y);
            for (String alias : k.aliases()) {
                MATCHES.merge(alias, 1 << b, (x, y) -> x | y);
            }
        }
    }
}
