package cn.jixiao.validation.model;

/** One change {@code fix} makes: which rule, where, what the value or place was and becomes. */
public record Change(String rule, String path, String before, String after) {
}
