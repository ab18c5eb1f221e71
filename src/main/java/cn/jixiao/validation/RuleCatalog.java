package cn.jixiao.validation;

import cn.jixiao.validation.rules.CommonIndicatorMissing;
import cn.jixiao.validation.rules.ComparatorMismatch;
import cn.jixiao.validation.rules.DuplicateIndicator;
import cn.jixiao.validation.rules.ExecutionRateVsPlan;
import cn.jixiao.validation.rules.ExpenseHalfExceedsFull;
import cn.jixiao.validation.rules.ExpenseTotalMismatch;
import cn.jixiao.validation.rules.FundingMissing;
import cn.jixiao.validation.rules.FundingSubtotalMismatch;
import cn.jixiao.validation.rules.FundingTotalMismatch;
import cn.jixiao.validation.rules.HalfExceedsFull;
import cn.jixiao.validation.rules.KindMismatch;
import cn.jixiao.validation.rules.Level1Missing;
import cn.jixiao.validation.rules.Level2Empty;
import cn.jixiao.validation.rules.Level2Missing;
import cn.jixiao.validation.rules.MisplacedIndicator;
import cn.jixiao.validation.rules.NoQuantitativeOutput;
import cn.jixiao.validation.rules.OutputQuantityMissing;
import cn.jixiao.validation.rules.PercentOutOfRange;
import cn.jixiao.validation.rules.RateNotNumeric;
import cn.jixiao.validation.rules.SatisfactionMissing;
import cn.jixiao.validation.rules.ScheduleMisuse;
import cn.jixiao.validation.rules.UnitMismatch;
import cn.jixiao.validation.rules.VagueValue;
import cn.jixiao.validation.rules.ValueMissing;
import cn.jixiao.validation.rules.ValueSpelling;
import cn.jixiao.validation.rules.ValueUnparseable;

import java.util.List;
import java.util.Optional;

/** Every rule, in the order {@code rules} lists them and findings are reported. */
public final class RuleCatalog {
    private static final List<Rule> ALL = List.of(
            new ValueMissing(), new ValueUnparseable(), new ValueSpelling(), new KindMismatch(), new UnitMismatch(),
            new ComparatorMismatch(), new ScheduleMisuse(), new PercentOutOfRange(),
            new HalfExceedsFull(),
            new FundingMissing(), new FundingTotalMismatch(), new FundingSubtotalMismatch(),
            new ExpenseTotalMismatch(), new ExpenseHalfExceedsFull(), new ExecutionRateVsPlan(),
            new Level1Missing(), new Level2Missing(), new SatisfactionMissing(), new OutputQuantityMissing(),
            new NoQuantitativeOutput(), new Level2Empty(), new MisplacedIndicator(), new DuplicateIndicator(),
            new CommonIndicatorMissing(),
            new RateNotNumeric(), new VagueValue());

    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
