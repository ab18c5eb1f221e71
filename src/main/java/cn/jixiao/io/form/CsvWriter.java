package cn.jixiao.io.form;

import cn.jixiao.declaration.model.Declaration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The indicator table as CSV (RFC 4180, CRLF), meant for Excel: the caller writes UTF-8 and {@link #BOM} first,
 * so that Excel opens the Chinese text correctly. One row per 三级 indicator, and one per 二级 that has none;
 * with {@code withProject} the first columns name the declaration (for {@code export --all}).
 */
public final class CsvWriter {
    public static final String BOM = "\uFEFF";

    private final Writer out;
    private final boolean withProject;

    public CsvWriter(Writer out, boolean withProject) {
        this.out = out;
        this.withProject = withProject;
    }

    public void header() {
        line(withProject
                ? List.of("项目名称", "年度", "一级指标", "二级指标", "三级指标", "半年(程)指标值", "全年(程)指标值")
                : List.of("一级指标", "二级指标", "三级指标", "半年(程)指标值", "全年(程)指标值"));
    }

    public void write(Declaration d) {
        for (var l1 : d.tree().level1s()) {
            if (l1.children().isEmpty()) {
                row(d, l1.name(), "", "", "", "");
            }
            for (var l2 : l1.children()) {
                if (l2.indicators().isEmpty()) {
                    row(d, l1.name(), l2.name(), "", "", "");
                }
                for (var i : l2.indicators()) {
                    row(d, l1.name(), l2.name(), i.name(), i.half().text(), i.full().text());
                }
            }
        }
    }

    private void row(Declaration d, String l1, String l2, String name, String half, String full) {
        line(withProject ? List.of(d.name(), String.valueOf(d.header().year()), l1, l2, name, half, full)
                : List.of(l1, l2, name, half, full));
    }

    private void line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        try {
            out.write(sb.append("\r\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
