package cn.jixiao.validation.model;

import cn.jixiao.declaration.model.Declaration;

/**
 * A rule over a record kept beside a declaration — its self-evaluation (绩效自评), its mid-year monitoring record
 * (绩效运行监控). It is in the catalogue like every rule (listed by {@code rules}, explained by {@code explain}, its
 * severity set the same way) but checks nothing on a declaration alone: {@link RecordValidator} runs it when the
 * declaration has the record.
 *
 * @param <R> the record as the rule reads it (a scorecard, a monitoring report)
 */
public interface RecordRule<R> extends Rule {
    @Override
    default void check(FlatView form, RuleContext context, Findings findings) {
        // needs the record: see check(Declaration, R, Findings)
    }

    void check(Declaration declaration, R record, Findings findings);
}
