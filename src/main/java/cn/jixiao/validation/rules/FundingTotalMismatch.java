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

/** 资金总额 ≠ 财政拨款 + 国有资本金 + 社保基金 + 上年结转资金 + 其他资金 (财政拨款 from its parts when blank). */
public final class FundingTotalMismatch implements Rule {
    @Override
    public String id() {
        return "funding-total-mismatch";
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
        Optional<BigDecimal> total = f.total();
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (FundingSource s : FundingSource.totalParts()) {
            Optional<BigDecimal> a = s == FundingSource.FISCAL && f.amount(s).isEmpty() ? fiscalFromParts(f) : f.amount(s);
            if (a.isPresent()) {
                sum = sum.add(a.get());
                any = true;
            }
        }
        if (total.isEmpty()) {
            if (any && sum.signum() > 0) {
                out.add(this, defaultSeverity(), "funding/" + FundingSource.TOTAL.label(), "blank", sum);
            }
            return;
        }
        if (any && total.get().compareTo(sum) != 0) {
            out.add(this, "funding/" + FundingSource.TOTAL.label(), total.get(), sum);
        }
    }

    private static Optional<BigDecimal> fiscalFromParts(Funding f) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (FundingSource s : FundingSource.fiscalParts()) {
            Optional<BigDecimal> a = f.amount(s);
            if (a.isPresent()) {
                sum = sum.add(a.get());
                any = true;
            }
        }
        return any ? Optional.of(sum) : Optional.empty();
    }
}
