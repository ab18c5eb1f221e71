package cn.jixiao.io.form;

import java.util.List;

/**
 * Something a reader noticed while reading a form: a row it could not place, a value it had to guess the
 * column of. {@code location} names the place ({@code file:line} or {@code file[sheet]!C12}); {@code key} and
 * {@code args} are a message of the io bundle.
 */
public record Diagnostic(String location, String key, List<String> args) {
    public Diagnostic {
        args = List.copyOf(args);
    }

    public static Diagnostic of(String location, String key, Object... args) {
        return new Diagnostic(location, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
