/**
 * Templates as values: indicator sets, their indicators, harvesting common indicators, applying a set to a tree
 * and diffing two versions. Pure domain.
 */
package cn.jixiao.template.model;
