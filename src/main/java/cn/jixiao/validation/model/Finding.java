package cn.jixiao.validation.model;

import java.util.List;

/**
 * What a rule found: the rule id, its severity, where ({@code 一级/二级/三级} or {@code funding/…}), and a
 * message key with arguments (the shell renders it in Chinese or English).
 */
public record Finding(String rule, Severity severity, String path, String messageKey, List<String> args) {
    public Finding {
        args = List.copyOf(args);
    }
}
