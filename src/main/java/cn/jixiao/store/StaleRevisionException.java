package cn.jixiao.store;

import cn.jixiao.model.DomainException;

/** A save based on a revision that is no longer the newest: someone else saved in between. */
public final class StaleRevisionException extends DomainException {
    public StaleRevisionException(long id, int basedOn, int current) {
        super("store.stale", id, basedOn, current);
    }
}
