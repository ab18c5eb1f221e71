package cn.jixiao.declaration.model;

import cn.jixiao.model.DomainException;

import java.math.BigDecimal;
import java.util.Optional;

/** A 支出 line: its name, 半年(程)计划执行数 and 全年(程)预算数 (万元), each possibly left blank. */
public record Expense(String name, Optional<BigDecimal> half, Optional<BigDecimal> full) {
    public Expense {
        if (name.isBlank()) {
            throw new DomainException("expense.name-empty");
        }
        half.ifPresent(Amounts::requireNonNegative);
        full.ifPresent(Amounts::requireNonNegative);
    }

    public Expense withHalf(Optional<BigDecimal> value) {
        return new Expense(name, value, full);
    }

    public Expense withFull(Optional<BigDecimal> value) {
        return new Expense(name, half, value);
    }

    public Expense withName(String value) {
        return new Expense(value, half, full);
    }
}
