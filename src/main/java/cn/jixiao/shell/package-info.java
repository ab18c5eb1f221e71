/**
 * The console runtime: one-shot runner and exit codes, command-line parser, console loop, completer plumbing,
 * messages, text width helpers, help, script and version. Knows no feature: features plug in as Spring beans.
 */
package cn.jixiao.shell;
