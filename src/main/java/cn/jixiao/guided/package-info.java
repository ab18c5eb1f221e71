/**
 * Creating a declaration: the new command, from options or through the guided build (pickers, drafts). May use
 * declaration, template, validation and shell.
 */
package cn.jixiao.guided;
