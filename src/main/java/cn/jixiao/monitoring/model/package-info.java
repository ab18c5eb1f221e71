/**
 * Mid-year monitoring (绩效运行监控): what an officer records by the as-of date (1-6月执行数 per 支出 line, each
 * 三级 indicator's actual, expected year-end value, 完成目标可能性, 偏差原因, 纠偏措施), the 序时进度, execution rates
 * and each row's computed status. Pure domain: exact decimals, no Spring, SQL or JSON.
 */
package cn.jixiao.monitoring.model;
