package cn.jixiao.indicator;

import cn.jixiao.declaration.DomainException;

/** A path that names no node, or names more than one. */
public final class PathException extends DomainException {
    public PathException(String key, Object... args) {
        super(key, args);
    }
}
