/**
 * Mid-year monitoring (绩效运行监控): the monitor commands, their view and completions, the monitoring store (kept
 * with revisions) and the 绩效运行监控表 export. May use declaration, indicator, validation, io and shell.
 */
package cn.jixiao.monitoring;
