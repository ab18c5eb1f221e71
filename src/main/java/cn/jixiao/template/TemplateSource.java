package cn.jixiao.template;

/** The text of one template file and the name it is reported under (a path relative to templates/, a file). */
public record TemplateSource(String name, String text) {
}
