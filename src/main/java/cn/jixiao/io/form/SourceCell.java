package cn.jixiao.io.form;

/**
 * A non-empty cell of a source form that the reader did not place (header, funding, 支出 or indicator tree) and
 * reported instead: where it is ({@code file:line} or {@code file[sheet]!C12}) and its text.
 */
public record SourceCell(String location, String text) {
}
