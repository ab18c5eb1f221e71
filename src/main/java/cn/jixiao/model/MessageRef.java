package cn.jixiao.model;

import java.util.Arrays;

/** A message (key and arguments) used as an argument of another message, e.g. why a file could not be read. */
public record MessageRef(String key, Object... args) {
    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
