/**
 * The validate, rules, explain and fix commands, per-rule severities from jixiao.properties, and the RecordChecks
 * hook through which other features (self-evaluation …) add findings. May use declaration, template, io.form
 * and shell.
 */
package cn.jixiao.validation;
