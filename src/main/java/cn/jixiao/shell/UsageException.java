package cn.jixiao.shell;

import cn.jixiao.declaration.DomainException;

/** Bad usage: an unknown command or option, a missing value. Exit code 2. */
public final class UsageException extends DomainException {
    public UsageException(String key, Object... args) {
        super(key, args);
    }
}
