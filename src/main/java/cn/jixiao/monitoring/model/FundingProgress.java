package cn.jixiao.monitoring.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How far the money has gone by the as-of date, for one 支出 line or in total ({@code line} = ""): 全年预算数,
 * Σ 半年(程)计划执行数, 1-6月执行数, 执行率 = 执行数 ÷ 全年预算数 and 计划执行率 = 半年计划 ÷ 全年预算数 (percent, 2 decimals),
 * and whether the execution is more than one percentage point behind the plan or the 序时进度.
 */
public record FundingProgress(String line, Optional<BigDecimal> budget, Optional<BigDecimal> halfPlan,
                              Optional<BigDecimal> executed, Optional<BigDecimal> rate, Optional<BigDecimal> plannedRate,
                              boolean behindPlan, boolean behindSchedule) {
    public boolean isTotal() {
        return line.isEmpty();
    }

    public boolean behind() {
        return behindPlan || behindSchedule;
    }
}
