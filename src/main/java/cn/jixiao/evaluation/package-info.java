/**
 * The eval commands, their views and completions, the evaluation store and the 自评表 export. May use
 * declaration, template, validation and shell.
 */
package cn.jixiao.evaluation;
