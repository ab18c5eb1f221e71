package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

import java.math.BigDecimal;

/** Σ 全年(程)预算数 of the 支出 lines ≠ 资金总额, when the lines state full-year amounts. */
public final class ExpenseTotalMismatch extends BaseRule {
    public ExpenseTotalMismatch() {
        super("expense-total-mismatch", Severity.ERROR, "funding");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        BigDecimal total = d.funding().sources().get(FundingSource.TOTAL);
        if (total == null) {
            return;
        }
        boolean any = false;
        BigDecimal sum = BigDecimal.ZERO; // Funding.fullPlanTotal(), without a stream
        for (Expense e : d.funding().expenses()) {
            if (e.full().isPresent()) {
                any = true;
                sum = Support.add(sum, e.full().get());
            }
        }
        if (!any) {
            return;
        }
        if (sum.compareTo(total) != 0) {
            out.add(this, "funding/" + FundingSource.TOTAL.label(), sum, total);
        }
    }
}
