/**
 * Reading and writing forms as files: Markdown, tab-separated, xlsx, CSV, JSON and YAML; what a reader noticed
 * (Diagnostic) with its file:line or sheet!cell. May use declaration (its JSON) and json.
 */
package cn.jixiao.io.form;
