/**
 * The validation engine: Rule, Finding, Severity, RuleContext, Validator (with FlatView, the declaration as the
 * rules read it), the fixer. Pure domain.
 */
package cn.jixiao.validation.model;
