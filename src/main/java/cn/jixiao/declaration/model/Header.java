package cn.jixiao.declaration.model;

/**
 * The form's header block. Text fields are "" when the form leaves them empty. {@code title} is the form's own
 * title as an imported form states it ({@code 南通市本级项目预算绩效目标表}); "" prints the layout's default.
 */
public record Header(String name, String department, String projectType, String projectLevel, String startTime,
                     String endTime, String implementer, String contact, int year, String title) {
    public Header {
        java.util.Objects.requireNonNull(title, "title");
    }

    /** A header with no title of its own. */
    public Header(String name, String department, String projectType, String projectLevel, String startTime,
                  String endTime, String implementer, String contact, int year) {
        this(name, department, projectType, projectLevel, startTime, endTime, implementer, contact, year, "");
    }

    public static Header of(String name, int year, String department) {
        return new Header(name, year, department);
    }

    private Header(String name, int year, String department) {
        this(name, department, "", "", "", "", "", "", year, "");
    }

    public Header withTitle(String value) {
        return new Header(name, department, projectType, projectLevel, startTime, endTime, implementer, contact, year,
                value);
    }
}
