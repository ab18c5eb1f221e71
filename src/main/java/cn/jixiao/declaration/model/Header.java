package cn.jixiao.declaration.model;

/** The form's header block. Text fields are "" when the form leaves them empty. */
public record Header(String name, String department, String projectType, String projectLevel, String startTime,
                     String endTime, String implementer, String contact, int year) {
    public static Header of(String name, int year, String department) {
        return new Header(name, year, department);
    }

    private Header(String name, int year, String department) {
        this(name, department, "", "", "", "", "", "", year);
    }
}
