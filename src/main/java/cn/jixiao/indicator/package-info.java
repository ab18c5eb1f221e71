/**
 * Editing and completing indicators: the add/set/rm/mv commands, TAB completion of paths, 二级 parents,
 * catalogue names (with pinyin initials) and typical values. May use declaration, template and shell.
 */
package cn.jixiao.indicator;
