package cn.jixiao.shell;

import cn.jixiao.model.DomainException;

/** Bad usage: an unknown command or option, a missing value. Exit code 2. */
public final class UsageException extends DomainException {
    public UsageException(String key, Object... args) {
        super(key, args);
    }

    /** A required positional argument: refused with {@code argument.missing} when absent or blank. */
    public static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new UsageException("argument.missing", what);
        }
        return value;
    }
}
