package cn.jixiao.validation.model;

/** A rule's identity: its stable id, default severity and category, given once in its constructor. */
public abstract class BaseRule implements Rule {
    private final String id;
    private final Severity defaultSeverity;
    private final String category;

    protected BaseRule(String id, Severity defaultSeverity, String category) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.category = category;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String category() {
        return category;
    }
}
