/**
 * The Jackson mappers (JSON and YAML) that every feature writes and reads with, configured once.
 */
package cn.jixiao.json;
