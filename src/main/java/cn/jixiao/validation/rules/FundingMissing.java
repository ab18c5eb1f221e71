package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.FundingSource;
import cn.jixiao.validation.BaseRule;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** No 资金总额 and no source amounts at all: the form does not say what the project costs. */
public final class FundingMissing extends BaseRule {
    public FundingMissing() {
        super("funding-missing", Severity.ERROR, "funding");
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        if (d.funding().sources().isEmpty()) {
            out.add(this, "funding/" + FundingSource.TOTAL.label());
        }
    }
}
