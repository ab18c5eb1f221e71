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

/** 财政拨款 (小计) ≠ 一般公共预算资金 + 政府性基金 + 财政专户管理资金, when the 小计 and any part are filled in. */
public final class FundingSubtotalMismatch extends BaseRule {
    private static final FundingSource[] FISCAL_PARTS = FundingSource.fiscalParts().toArray(FundingSource[]::new);

    public FundingSubtotalMismatch() {
        super("funding-subtotal-mismatch", Severity.ERROR, "funding");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        Funding f = d.funding();
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (FundingSource s : FISCAL_PARTS) {
            BigDecimal a = f.sources().get(s);
            if (a != null) {
                sum = Support.add(sum, a);
                any = true;
            }
        }
        BigDecimal fiscal = f.sources().get(FundingSource.FISCAL);
        // a form that states no 小计 (many outside Jiangsu have no such line) has nothing to disagree with
        if (fiscal != null && (any || fiscal.signum() > 0) && fiscal.compareTo(sum) != 0) {
            out.add(this, "funding/" + FundingSource.FISCAL.label(), fiscal, sum);
        }
    }
}
