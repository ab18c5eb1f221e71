/**
 * The database as a whole, for team use: {@code db info} (which database, its schema version, whether it is
 * shared, who you are in it) and {@code db copy} (everything from one database to another). May use store and
 * shell.
 */
package cn.jixiao.db;
