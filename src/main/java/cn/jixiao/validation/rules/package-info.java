/**
 * One class per validation rule, each with a stable kebab-case id, and RuleCatalog, which lists them in report
 * order; Support holds what several rules share when they report. Pure domain.
 */
package cn.jixiao.validation.rules;
