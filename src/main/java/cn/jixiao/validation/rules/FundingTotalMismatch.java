package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Funding;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.math.BigDecimal;
import java.util.Map;

/** 资金总额 ≠ 财政拨款 + 国有资本金 + 社保基金 + 上年结转资金 + 其他资金 (财政拨款 from its parts when blank). */
public final class FundingTotalMismatch extends BaseRule {
    public FundingTotalMismatch() {
        super("funding-total-mismatch", Severity.ERROR, "funding");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        Funding f = d.funding();
        Map<FundingSource, BigDecimal> sources = f.sources();
        BigDecimal total = sources.get(FundingSource.TOTAL);
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (FundingSource s : TOTAL_PARTS) {
            BigDecimal a = sources.get(s);
            if (a == null && s == FundingSource.FISCAL) {
                a = fiscalFromParts(sources);
            }
            if (a != null) {
                sum = Support.add(sum, a);
                any = true;
            }
        }
        if (total == null) {
            if (any && sum.signum() > 0) {
                out.add(this, defaultSeverity(), "funding/" + FundingSource.TOTAL.label(), "blank", sum);
            }
            return;
        }
        if (any && total.compareTo(sum) != 0) {
            out.add(this, "funding/" + FundingSource.TOTAL.label(), total, sum);
        }
    }

    private static final FundingSource[] TOTAL_PARTS = FundingSource.totalParts().toArray(FundingSource[]::new);
    private static final FundingSource[] FISCAL_PARTS = FundingSource.fiscalParts().toArray(FundingSource[]::new);

    /** 财政拨款 as the sum of its parts, or null when none is filled in. */
    private static BigDecimal fiscalFromParts(Map<FundingSource, BigDecimal> sources) {
        BigDecimal sum = null;
        for (FundingSource s : FISCAL_PARTS) {
            BigDecimal a = sources.get(s);
            if (a != null) {
                sum = sum == null ? a : sum.add(a);
            }
        }
        return sum;
    }
}
