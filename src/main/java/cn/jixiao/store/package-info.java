/**
 * The database itself: the data source, Flyway migrations and the schema check, settings, and the stale-revision
 * refusal. Knows no feature.
 */
package cn.jixiao.store;
