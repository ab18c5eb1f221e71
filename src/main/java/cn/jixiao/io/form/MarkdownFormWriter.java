package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the official form as a Markdown table, like the samples but clean: the title, {@code 2026年度}, then one
 * five-column table with the header fields, narrative, 项目资金, goals and the indicator table (一级/二级 named
 * on their first row only). {@link MarkdownFormReader} reads it back to the same declaration.
 */
public final class MarkdownFormWriter {
    private MarkdownFormWriter() {
    }

    public static void write(Declaration d, Writer out) {
        try {
            out.write("## " + FormLayout.title(d) + "\n\n");
            out.write(d.header().year() + "年度\n\n");
            List<FormLayout.Row> rows = FormLayout.rows(d);
            boolean first = true;
            for (FormLayout.Row row : rows) {
                StringBuilder sb = new StringBuilder("|");
                for (String c : row.cells()) {
                    sb.append(' ').append(escape(c)).append(" |");
                }
                out.write(sb.append('\n').toString());
                if (first) {
                    out.write("|---|---|---|---|---|\n");
                    first = false;
                }
            }
            out.write("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>");
    }
}
