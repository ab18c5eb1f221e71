/**
 * The validation engine: Rule, Finding, Severity, RuleContext, Validator, the fixer. Pure domain.
 */
package cn.jixiao.validation.model;
