package cn.jixiao.io.form;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads forms from tab-separated text, what copying a form from Excel or Word gives: every line is a row, tabs
 * separate the cells. HTML paragraphs that some systems leave in narrative cells are turned into lines. The
 * recognising is {@link FormTableParser}'s.
 */
public final class TsvFormReader {
    private TsvFormReader() {
    }

    public static void read(Reader in, String file, Consumer<ImportedForm> sink) {
        FormTableParser.readLines(in, file, sink, (parser, line, lines) -> {
            String text = lines.line();
            if (!text.isBlank()) {
                List<String> cells = Arrays.stream(text.split("\t", -1)).map(TsvFormReader::unquote).toList();
                parser.row(new FormRow(file, null, line, cells));
            }
        });
    }

    /** Excel quotes a copied cell that contains quotes or tabs: "a ""b""" → a "b". */
    static String unquote(String cell) {
        String c = cell.strip();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            return c.substring(1, c.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }
}
