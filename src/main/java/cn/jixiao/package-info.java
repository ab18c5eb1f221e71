/**
 * jixiao's entry point: {@code JixiaoApplication} starts Spring and hands over to the shell runtime. Every feature
 * lives in a sub-package of its own; see the README's code map.
 */
package cn.jixiao;
