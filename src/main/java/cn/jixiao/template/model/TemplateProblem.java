package cn.jixiao.template.model;

import java.util.List;

/**
 * A lint error in a template file: where (file and 1-based line; 0 when the whole file is meant) and what, as a
 * message key of the {@code templates} bundle with its arguments.
 */
public record TemplateProblem(String file, int line, String key, List<Object> args) {
    public TemplateProblem {
        args = List.copyOf(args);
    }

    public static TemplateProblem of(String file, int line, String key, Object... args) {
        return new TemplateProblem(file, line, key, List.of(args));
    }

    /** {@code file:line}, as compilers print it. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
