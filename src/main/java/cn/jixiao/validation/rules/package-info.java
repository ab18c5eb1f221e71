/**
 * One class per validation rule, each with a stable kebab-case id, and RuleCatalog, which lists them in report
 * order. Pure domain.
 */
package cn.jixiao.validation.rules;
