/**
 * The shared kernel of every domain package: DomainException, the user-facing error that carries a message key.
 * Plain Java; every package may use it.
 */
package cn.jixiao.model;
