/**
 * Frameworks and indicator sets: YAML reading and writing, the versioned catalogue in the database, and the
 * template commands. May use declaration, store, json and shell.
 */
package cn.jixiao.template;
