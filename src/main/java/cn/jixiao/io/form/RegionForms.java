package cn.jixiao.io.form;

import cn.jixiao.model.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The entry point for forms of other regions and kinds: self-evaluation tables (自评表), department-wide forms
 * (部门整体支出绩效目标表), monitoring tables (绩效运行监控表) and flat system exports, in Markdown or pasted
 * tab-separated text. {@link #claims} looks at the start of a file; a file it claims is read by
 * {@link RoleFormReader} (tables read by the roles of their header rows), any other by {@link FormTableParser}.
 */
public final class RegionForms {
    /** How much of a file {@link #claims} looks at. */
    private static final int HEAD = 64 * 1024;

    private RegionForms() {
    }

    /**
     * Whether {@code file} holds a form of another kind or layout: a title naming a self-evaluation, monitoring or
     * department-wide form, or an indicator table whose header row has no 半年(程) column (Jiangsu's always has one).
     */
    public static boolean claims(Path file, FormFormat format) {
        if (format != FormFormat.TSV && format != FormFormat.MD) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return false; // the reader proper reports it
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return claims(Arrays.stream(text.split("\n", -1)).map(line -> cells(line, format)).toList());
    }

    /**
     * Whether the rows (cells left to right, from the top of a file or workbook) are a form of another kind or
     * layout: the first row of one short cell that names a kind, or else the first header row of column roles
     * that has no 半年(程) column, says so.
     */
    static boolean claims(Iterable<List<String>> rows) {
        ColumnRoles roles = ColumnRoles.get();
        for (List<String> cells : rows) {
            List<String> filled = cells.stream().map(FormTableParser::clean).filter(c -> !c.isEmpty()).toList();
            if (filled.isEmpty()) {
                continue;
            }
            if (filled.size() == 1 && filled.get(0).length() <= 60 && roles.kind(filled.get(0)).isPresent()) {
                return true;
            }
            if (roles.headerRow(cells).isPresent()) {
                return cells.stream().noneMatch(c -> c.contains("半年"));
            }
        }
        return false;
    }

    /** Reads every form of a claimed file. */
    public static void read(Reader in, String file, FormFormat format, Consumer<ImportedForm> sink) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            for (String t = r.readLine(); t != null; t = r.readLine()) {
                lines.add(lines.isEmpty() && t.startsWith("\uFEFF") ? t.substring(1) : t);
            }
        }
        List<RoleFormReader.Row> rows = rows(lines, file, format);
        RoleFormReader reader = new RoleFormReader(file, sink);
        rows.forEach(reader::row);
        reader.finish();
        if (reader.forms() == 0) {
            throw new DomainException("io.no-forms", file);
        }
    }

    /** The cells of one line: tab-separated, or a Markdown table row; any other line is one cell. */
    static List<String> cells(String line, FormFormat format) {
        String t = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (format == FormFormat.MD) {
            String s = t.strip();
            if (s.isEmpty() || s.charAt(0) == '|' && MarkdownFormReader.isSeparator(s)) {
                return List.of();
            }
            if (s.charAt(0) == '|' && s.length() >= 2 && s.charAt(s.length() - 1) == '|') {
                return MarkdownFormReader.cells(s);
            }
            return List.of(MarkdownFormReader.heading(s));
        }
        return Arrays.stream(t.split("\t", -1)).map(TsvFormReader::unquote).toList();
    }

    /**
     * The rows of a file. A table pasted from a Word document (the Nanjing report) has cells that span lines: a
     * line that starts with a tab and the word 一级 begins such a table, which is then read as one stream of
     * tab-separated cells, as wide as its header row.
     */
    static List<RoleFormReader.Row> rows(List<String> lines, String file, FormFormat format) {
        List<RoleFormReader.Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (format == FormFormat.TSV && line.startsWith("\t") && spannedHeader(lines, i)) {
                out.addAll(stream(lines, i, file));
                return out;
            }
            List<String> cells = cells(line, format);
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                int[] at = new int[cells.size()];
                Arrays.fill(at, i + 1);
                out.add(new RoleFormReader.Row(file, at, cells));
            }
        }
        return out;
    }

    /** Whether a header row whose cells span lines starts at line {@code i} ({@code \t一级} and the rest below). */
    private static boolean spannedHeader(List<String> lines, int i) {
        String first = FormTableParser.norm(lines.get(i));
        if (!first.equals("一级") && !first.equals("一级指标")) {
            return false;
        }
        List<String> tokens = tokens(lines, i).stream().map(Token::text).toList();
        return header(tokens) >= 3;
    }

    /** How many leading tokens form a header row of column roles (0 when they don't). */
    private static int header(List<String> tokens) {
        ColumnRoles roles = ColumnRoles.get();
        int k = 0;
        while (k < tokens.size() && roles.role(joined(tokens.get(k))).isPresent()) {
            k++;
        }
        return roles.headerRow(tokens.subList(0, k).stream().map(RegionForms::joined).toList()).isPresent() ? k : 0;
    }

    /** A cell spanning lines as one text: Chinese text wraps without spaces, so the lines join without any. */
    static String joined(String cell) {
        StringBuilder sb = new StringBuilder();
        for (String l : cell.split("\n")) {
            sb.append(l.strip());
        }
        return sb.toString();
    }

    private record Token(String text, int line) {
    }

    /** The tab-separated cells from line {@code from} on, each with the line its text starts on. */
    private static List<Token> tokens(List<String> lines, int from) {
        String s = String.join("\n", lines.subList(from, lines.size()));
        List<Token> out = new ArrayList<>();
        int line = from + 1;
        int counted = 0;
        for (int pos = s.indexOf('\t'); pos >= 0; ) {
            int next = s.indexOf('\t', pos + 1);
            int end = next < 0 ? s.length() : next;
            int q = pos + 1;
            while (q < end && Character.isWhitespace(s.charAt(q))) {
                q++;
            }
            for (; counted < q && counted < s.length(); counted++) {
                if (s.charAt(counted) == '\n') {
                    line++;
                }
            }
            out.add(new Token(s.substring(pos + 1, end), q < end ? line : -1));
            pos = next;
        }
        return out;
    }

    private static List<RoleFormReader.Row> stream(List<String> lines, int from, String file) {
        List<Token> tokens = tokens(lines, from);
        int width = header(tokens.stream().map(Token::text).toList());
        List<RoleFormReader.Row> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k += width) {
            List<Token> row = tokens.subList(k, Math.min(tokens.size(), k + width));
            int[] at = new int[row.size()];
            List<String> cells = new ArrayList<>();
            int first = row.stream().mapToInt(Token::line).filter(l -> l > 0).findFirst().orElse(from + 1);
            for (int c = 0; c < row.size(); c++) {
                at[c] = row.get(c).line() > 0 ? row.get(c).line() : first;
                cells.add(joined(row.get(c).text()));
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                out.add(new RoleFormReader.Row(file, at, cells));
            }
        }
        return out;
    }
}
