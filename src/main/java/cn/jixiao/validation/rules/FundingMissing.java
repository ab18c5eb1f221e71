package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** No 资金总额 and no source amounts at all: the form does not say what the project costs. */
public final class FundingMissing extends BaseRule {
    public FundingMissing() {
        super("funding-missing", Severity.ERROR, "funding");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        if (d.funding().sources().isEmpty()) {
            out.add(this, "funding/" + FundingSource.TOTAL.label());
        }
    }
}
