/**
 * Import and export of whole declarations: the import/export commands, ImportService (read, validate, store in
 * one transaction) and file completion. May use declaration, validation, io.form and shell.
 */
package cn.jixiao.io;
