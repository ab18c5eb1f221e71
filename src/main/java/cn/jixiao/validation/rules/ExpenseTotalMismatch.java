package cn.jixiao.validation.rules;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.declaration.Expense;
import cn.jixiao.declaration.FundingSource;
import cn.jixiao.validation.Findings;
import cn.jixiao.validation.Rule;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Severity;

import java.math.BigDecimal;

/** Σ 全年(程)预算数 of the 支出 lines ≠ 资金总额, when the lines state full-year amounts. */
public final class ExpenseTotalMismatch implements Rule {
    @Override
    public String id() {
        return "expense-total-mismatch";
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
        boolean any = false;
        for (Expense e : d.funding().expenses()) {
            any |= e.full().isPresent();
        }
        if (!any || d.funding().total().isEmpty()) {
            return;
        }
        BigDecimal sum = d.funding().fullPlanTotal();
        BigDecimal total = d.funding().total().get();
        if (sum.compareTo(total) != 0) {
            out.add(this, "funding/" + FundingSource.TOTAL.label(), sum, total);
        }
    }
}
