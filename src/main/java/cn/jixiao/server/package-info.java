/**
 * The resident jixiao: one background JVM per data directory, database and working directory that serves
 * one-shot commands over a UNIX-domain socket ({@link cn.jixiao.server.ResidentServer}), and the tiny client the
 * launcher runs instead of a full JVM ({@link cn.jixiao.server.Client}). Uses only the JDK: the client is packed
 * into a jar of its own (target/jixiao-client.jar) without Spring.
 */
package cn.jixiao.server;
