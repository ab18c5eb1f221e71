package cn.jixiao.io;

import cn.jixiao.testsupport.ShellTestSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of other regions and kinds as xlsx workbooks: the rows of the real samples written cell by cell into a
 * sheet (numbers as numeric cells, displayed with their decimals as a spreadsheet would), imported through the shell.
 * Each reads as its text does: same forms, names, years, 资金总额, 三级 count, 支出 lines and notes, with every
 * position named {@code file[sheet]!C12} instead of {@code file:12}.
 */
class RegionXlsxImportTest extends ShellTestSupport {
    private static final Path DIR = Path.of("src/test/resources/samples/other-regions").toAbsolutePath();
    private static final Pattern NUMBER = Pattern.compile("^(0|[1-9]\\d{0,14})(\\.\\d{1,6})?$");
    private static final Pattern GROUPED = Pattern.compile("^[1-9]\\d{0,2}(,\\d{3}){1,4}(\\.\\d{1,6})?$");
    private static final String SHEET = "表1";
    /** The names of each sample's declarations (tagged per test: the shell tests share one database). */
    private static final Map<String, List<String>> NAMES = Map.of(
            "chizhou-guichi-2022-weituo-selfeval.txt", List.of("委托业务项目"),
            "huangshi-2019-shenyi-monitoring.txt", List.of("申遗经费"),
            "jingyan-mata-2023-project-targets.txt", List.of("村组干部报酬", "基层组织活动经费"),
            "ningde-2019-dangshi-department-target.txt", List.of("中共宁德市委党史和地方志研究室"),
            "qingshen-2023-gongzi-selfeval.txt", List.of("工资性支出"));

    /**
     * Writes the sample's lines as the rows of one sheet, line n as row n (so that positions can be compared), and
     * the same text (names tagged so that this test's imports are its own) as a .txt beside it.
     */
    private static Path[] workbook(String sample, String tag) throws Exception {
        Path dir = Files.createDirectories(HOME.resolve("regions-xlsx"));
        String base = tag + "-" + sample.replace(".txt", "");
        String text = Files.readString(DIR.resolve(sample));
        for (String name : NAMES.get(sample)) {
            assertThat(text).contains(name);
            text = text.replace(name, name + tag);
        }
        Path txt = dir.resolve(base + ".txt");
        Files.writeString(txt, text);
        Path xlsx = dir.resolve(base + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet(SHEET);
            Map<String, CellStyle> formats = new HashMap<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(i);
                String[] cells = lines[i].split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    String s = cells[c];
                    if (NUMBER.matcher(s).matches() || GROUPED.matcher(s).matches()) {
                        int dot = s.indexOf('.');
                        String format = (s.contains(",") ? "#,##0" : "0")
                                + (dot < 0 ? "" : "." + "0".repeat(s.length() - dot - 1));
                        cell.setCellValue(new BigDecimal(s.replace(",", "")).doubleValue());
                        cell.setCellStyle(formats.computeIfAbsent(format, f -> {
                            CellStyle style = wb.createCellStyle();
                            style.setDataFormat(wb.createDataFormat().getFormat(f));
                            return style;
                        }));
                    } else {
                        cell.setCellValue(s);
                    }
                }
            }
            wb.write(out);
        }
        return new Path[] {txt, xlsx};
    }

    /** The lines of an import of the xlsx with its positions written as the text's ({@code file:12}). */
    private static List<String> asText(List<String> lines, Path txt, Path xlsx) {
        Pattern cell = Pattern.compile(Pattern.quote(xlsx + "[" + SHEET + "]!") + "[A-Z]+(\\d+)");
        return lines.stream().map(l -> cell.matcher(l).replaceAll(java.util.regex.Matcher.quoteReplacement(txt.toString()) + ":$1")
                .replace(xlsx.toString(), txt.toString())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chizhou-guichi-2022-weituo-selfeval.txt", "huangshi-2019-shenyi-monitoring.txt",
            "jingyan-mata-2023-project-targets.txt", "ningde-2019-dangshi-department-target.txt",
            "qingshen-2023-gongzi-selfeval.txt"})
    void anXlsxFormOfAnotherRegionReadsAsItsText(String sample) throws Exception {
        Path[] files = workbook(sample, "表");
        Path txt = files[0];
        Path xlsx = files[1];
        List<String> fromText = run("import " + txt + " --dry-run");
        List<String> fromXlsx = run("import " + xlsx + " --dry-run");
        assertThat(fromXlsx).anySatisfy(l -> assertThat(l).contains(xlsx + "[" + SHEET + "]!"));
        assertThat(asText(fromXlsx, txt, xlsx)).isEqualTo(fromText);
        assertThat(fromXlsx).anySatisfy(l -> assertThat(l).contains("单元格："));

        // stored: the same declarations as the text would give, 支出 lines and amounts exact
        JsonNode xlsxJson = json("import " + xlsx + " --json");
        JsonNode textJson = json("import " + txt + " --dry-run --json");
        assertThat(xlsxJson.get("imported").size()).isEqualTo(textJson.get("imported").size());
        // every non-empty cell of the sheet placed or reported, named by its cell
        int cells = 0;
        for (JsonNode f : xlsxJson.get("imported")) {
            cells += f.get("cells").get("placed").asInt() + f.get("cells").get("reported").asInt();
            assertThat(f.get("reportedCells")).allSatisfy(c -> assertThat(c.get("location").asString())
                    .startsWith(xlsx + "[" + SHEET + "]!"));
        }
        assertThat(cells).as(sample).isEqualTo(RegionImportTest.cells(txt));
        for (int k = 0; k < xlsxJson.get("imported").size(); k++) {
            JsonNode stored = xlsxJson.get("imported").get(k);
            JsonNode read = textJson.get("imported").get(k);
            for (String field : List.of("name", "year", "totalFunds", "indicators", "errors", "warnings")) {
                assertThat(stored.get(field)).as(sample + " " + field).isEqualTo(read.get(field));
            }
            JsonNode shown = json("show --json --id " + stored.get("id").asLong());
            assertThat(shown.get("header").get("year").asInt()).isEqualTo(read.get("year").asInt());
            assertThat(shown.get("funding").get("expenses").size()).as(sample + " 支出")
                    .isEqualTo(expenses(sample, k));
            if (sample.startsWith("huangshi")) { // a monitoring table brings its monitoring record
                JsonNode monitored = json("monitor show --json --id " + stored.get("id").asLong());
                assertThat(monitored.get("funding").get("executed").decimalValue()).isEqualByComparingTo("87.57");
                assertThat(monitored.get("rows").get(0).get("likelihood").asString()).isEqualTo("确定能");
            }
        }
    }

    /** The 支出 lines each sample's form has (the department-wide form's 项目支出 and 基本支出). */
    private static int expenses(String sample, int form) {
        return sample.startsWith("ningde") ? 2 : 0;
    }
}
