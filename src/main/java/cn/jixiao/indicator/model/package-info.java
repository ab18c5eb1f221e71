/**
 * The indicator tree (一级/二级/三级), the value grammar of 半年(程)/全年(程) targets, frameworks and
 * known indicators. Pure domain: JDK only.
 */
package cn.jixiao.indicator.model;
