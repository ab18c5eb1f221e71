/**
 * The year-end self-evaluation (绩效自评): rows, weights, achievements, scoring and grade. Pure domain.
 */
package cn.jixiao.evaluation.model;
