package cn.jixiao.validation;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.validation.model.Finding;

import java.util.List;

/**
 * Checks of what a feature keeps beside a declaration (its self-evaluation, its monitoring record):
 * {@code validate} adds their findings, when the declaration has such a record, after the declaration rules.
 */
public interface RecordChecks {
    /** The findings for {@code declaration}'s record; empty when it has none. */
    List<Finding> findings(Declaration declaration);
}
