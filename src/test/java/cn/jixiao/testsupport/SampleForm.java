package cn.jixiao.testsupport;

import cn.jixiao.declaration.model.Amounts;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.Expense;
import cn.jixiao.declaration.model.Funding;
import cn.jixiao.declaration.model.FundingSource;
import cn.jixiao.declaration.model.HeaderField;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.indicator.model.Indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real form from the samples, read from a Markdown table kept under src/test/resources/samples (a verbatim copy
 * of the form, so the tests need nothing outside this project). Knows only the layout of the Nantong city forms:
 * header label/value cells, the 项目资金 block (收入 amounts in the last column, then one 支出 line per row) and the
 * 一级/二级/三级 table where blank 一级/二级 cells continue the row above.
 */
public record SampleForm(Map<HeaderField, String> header, int year, Map<FundingSource, BigDecimal> sources,
                         List<Expense> expenses, List<Row> indicators, List<String> level2Paths) {

    /** The 医保租赁业务专项 form of the Nantong 2026 samples. */
    public static final String YIBAO_ZULIN = "/samples/nantong-2026-yibao-zulin.md";

    /** One 三级 row of the form, values exactly as printed. */
    public record Row(String level1, String level2, String name, String half, String full) {
        public String parent() {
            return level1 + "/" + level2;
        }

        public String path() {
            return parent() + "/" + name;
        }
    }

    private enum Section { HEADER, INCOME, EXPENSES, INDICATORS }

    public static SampleForm load(String resource) {
        String text;
        try (InputStream in = SampleForm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<HeaderField, String> header = new LinkedHashMap<>();
        Map<FundingSource, BigDecimal> sources = new EnumMap<>(FundingSource.class);
        List<Expense> expenses = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> level2Paths = new ArrayList<>();
        int year = 0;
        Section section = Section.HEADER;
        String l1 = "";
        String l2 = "";
        for (String line : text.lines().toList()) {
            Matcher y = Pattern.compile("^(\\d{4})年度$").matcher(line.strip());
            if (y.matches()) {
                year = Integer.parseInt(y.group(1));
                continue;
            }
            if (!line.startsWith("|") || line.startsWith("|--")) {
                continue;
            }
            String[] raw = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
            List<String> cells = new ArrayList<>();
            for (String c : raw) {
                cells.add(c.replace("<br>", "").strip());
            }
            String first = cells.get(0);
            if (first.startsWith("项目资金")) {
                section = Section.INCOME;
                continue;
            }
            if (first.equals("支出")) {
                section = Section.EXPENSES;
                continue;
            }
            if (first.equals("一级指标")) {
                section = Section.INDICATORS;
                continue;
            }
            if (!first.isEmpty() && HeaderField.find(first).isPresent()) {
                section = Section.HEADER;
            }
            switch (section) {
                case HEADER -> readHeader(cells, header);
                case INCOME -> {
                    String amount = cells.get(cells.size() - 1);
                    for (int i = 1; i < cells.size() - 1; i++) {
                        Optional<FundingSource> s = FundingSource.find(cells.get(i));
                        if (!cells.get(i).isEmpty() && s.isPresent()) {
                            Amounts.parse(amount).ifPresent(a -> sources.put(s.get(), a));
                            break;
                        }
                    }
                }
                case EXPENSES -> expenses.add(new Expense(cells.get(1), Amounts.parse(cells.get(3)),
                        Amounts.parse(cells.get(4))));
                case INDICATORS -> {
                    if (!cells.get(0).isEmpty()) {
                        l1 = cells.get(0);
                    }
                    if (!cells.get(1).isEmpty()) {
                        l2 = cells.get(1);
                        level2Paths.add(l1 + "/" + l2);
                    }
                    if (!cells.get(2).isEmpty()) {
                        rows.add(new Row(l1, l2, cells.get(2), cells.get(3), cells.get(4)));
                    }
                }
            }
        }
        return new SampleForm(header, year, sources, expenses, rows, level2Paths);
    }

    /** Label cells are followed by their value: the next non-empty cell before the next label. */
    private static void readHeader(List<String> cells, Map<HeaderField, String> header) {
        for (int i = 0; i < cells.size(); i++) {
            Optional<HeaderField> f = cells.get(i).isEmpty() ? Optional.empty() : HeaderField.find(cells.get(i));
            if (f.isEmpty()) {
                continue;
            }
            String value = "";
            for (int j = i + 1; j < cells.size(); j++) {
                if (HeaderField.find(cells.get(j)).isPresent() && !cells.get(j).isEmpty()) {
                    break;
                }
                if (!cells.get(j).isEmpty()) {
                    value = cells.get(j);
                    break;
                }
            }
            header.put(f.get(), value);
        }
    }

    public String name() {
        return header.get(HeaderField.NAME);
    }

    public String department() {
        return header.get(HeaderField.DEPARTMENT);
    }

    /** The whole form as a declaration, built through the domain's own operations. */
    public Declaration toDeclaration() {
        Declaration d = Declaration.create(name(), year, department(), Framework.JIANGSU);
        for (Map.Entry<HeaderField, String> e : header.entrySet()) {
            if (e.getKey() != HeaderField.NAME && e.getKey() != HeaderField.DEPARTMENT) {
                d = e.getKey().set(d, e.getValue());
            }
        }
        d = d.withFunding(new Funding(sources, expenses));
        var tree = d.tree();
        for (Row r : indicators) {
            tree = tree.add(r.parent(), Indicator.of(r.name(), r.half(), r.full()));
        }
        return d.withTree(tree);
    }

    public Row row(String name) {
        return indicators.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + name));
    }
}
