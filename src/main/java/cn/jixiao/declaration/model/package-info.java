/**
 * The declaration (预算绩效目标表): header, narrative, funding and 支出 lines, exact amounts, and the
 * diff between two revisions. Pure domain: JDK and indicator.model only.
 */
package cn.jixiao.declaration.model;
