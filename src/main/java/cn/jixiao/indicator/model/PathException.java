package cn.jixiao.indicator.model;

import cn.jixiao.model.DomainException;

/** A path that names no node, or names more than one. */
public final class PathException extends DomainException {
    public PathException(String key, Object... args) {
        super(key, args);
    }
}
