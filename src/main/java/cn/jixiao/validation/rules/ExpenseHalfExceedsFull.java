package cn.jixiao.validation.rules;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.validation.model.BaseRule;
import cn.jixiao.validation.model.Findings;
import cn.jixiao.validation.model.FlatView;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Severity;

/** A 支出 line planning to spend more by mid-year than its full-year budget. */
public final class ExpenseHalfExceedsFull extends BaseRule {
    public ExpenseHalfExceedsFull() {
        super("expense-half-exceeds-full", Severity.ERROR, "funding");
    }

    @Override
    public void check(FlatView form, RuleContext ctx, Findings out) {
        Declaration d = form.declaration();
        for (Expense e : d.funding().expenses()) {
            if (e.half().isPresent() && e.full().isPresent() && e.half().get().compareTo(e.full().get()) > 0) {
                out.add(this, "funding/支出/" + e.name(), e.half().get(), e.full().get());
            }
        }
    }
}
