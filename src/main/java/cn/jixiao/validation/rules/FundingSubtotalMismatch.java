package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.Funding;
import cn.jixiao.declaration.FundingSource;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

import java.math.BigDecimal;
import java.util.Optional;

/** 财政拨款 (小计) ≠ 一般公共预算资金 + 政府性基金 + 财政专户管理资金, when any part is filled in. */
public final class FundingSubtotalMismatch implements Rule {
    @Override
    public String id() {
        return "funding-subtotal-mismatch";
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
        Funding f = d.funding();
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (FundingSource s : FundingSource.fiscalParts()) {
            Optional<BigDecimal> a = f.amount(s);
            if (a.isPresent()) {
                sum = sum.add(a.get());
                any = true;
            }
        }
        BigDecimal fiscal = f.amount(FundingSource.FISCAL).orElse(BigDecimal.ZERO);
        if ((any || fiscal.signum() > 0) && fiscal.compareTo(sum) != 0) {
            out.add(this, "funding/" + FundingSource.FISCAL.label(), fiscal, sum);
        }
    }
}
