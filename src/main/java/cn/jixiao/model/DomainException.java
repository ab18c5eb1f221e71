package cn.jixiao.model;

import java.util.Arrays;

/**
 * A user-facing error raised by the domain: bad input, an unknown path, a rule the data breaks.
 * It carries a message key and arguments; the shell turns them into Chinese or English text.
 */
public class DomainException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public DomainException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
