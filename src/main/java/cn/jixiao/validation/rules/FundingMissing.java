package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.FundingSource;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

/** No 资金总额 and no source amounts at all: the form does not say what the project costs. */
public final class FundingMissing implements Rule {
    @Override
    public String id() {
        return "funding-missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String category() {
        return "funding";
    }

    @Override
    public void check(Declaration d, RuleContext ctx, Findings out) {
        if (d.funding().sources().isEmpty()) {
            out.add(this, "funding/" + FundingSource.TOTAL.label());
        }
    }
}
