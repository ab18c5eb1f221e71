package cn.jixiao.io.form;

import cn.jixiao.model.DomainException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads forms from an xlsx workbook: the layout {@link XlsxFormWriter} writes (one form per sheet), sheets laid
 * out like the official forms, and sheets laid out like the forms of other regions and kinds (self-evaluation,
 * department-wide, monitoring, flat exports: read as {@link RegionForms} reads their text). Each sheet row becomes a row of cells (merged cells hold their text in the first
 * cell only, which is how the recognising of {@link FormTableParser} expects continuation rows); numbers are read
 * as displayed, so that amounts keep their decimals.
 */
public final class XlsxFormReader {
    private XlsxFormReader() {
    }

    public static void read(InputStream in, String file, Consumer<ImportedForm> sink) {
        Workbook wb;
        try {
            wb = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new DomainException("io.xlsx.unreadable", file, e instanceof IOException io
                    ? cn.jixiao.model.IoReason.of(io) : new cn.jixiao.model.MessageRef("io.why.not-xlsx"));
        }
        try (wb) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<FormRow>> sheets = new ArrayList<>();
            for (Sheet sheet : wb) {
                List<FormRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : text(cell, formatter));
                    }
                    rows.add(new FormRow(file, sheet.getSheetName(), row.getRowNum() + 1, cells));
                }
                sheets.add(rows);
            }
            if (RegionForms.claims(sheets.stream().flatMap(List::stream).map(FormRow::cells)::iterator)) {
                readRegionForm(sheets, file, sink);
                return;
            }
            FormTableParser parser = new FormTableParser(file, sink);
            for (List<FormRow> rows : sheets) {
                rows.forEach(parser::row);
                parser.endForm();
            }
            parser.finish();
        } catch (IOException e) {
            throw new DomainException("io.xlsx.unreadable", file, cn.jixiao.model.IoReason.of(e));
        }
    }

    /**
     * A workbook laid out like a form of another region or kind ({@link RegionForms#claims}): read as the text of
     * such a form is, by {@link RoleFormReader}, each sheet ending the form being read; cells are named
     * {@code file[sheet]!C12}.
     */
    private static void readRegionForm(List<List<FormRow>> sheets, String file, Consumer<ImportedForm> sink) {
        RoleFormReader reader = new RoleFormReader(file, sink);
        for (List<FormRow> rows : sheets) {
            for (FormRow r : rows) {
                if (r.cells().stream().anyMatch(c -> !c.isBlank())) {
                    int[] at = new int[Math.max(1, r.cells().size())];
                    java.util.Arrays.fill(at, r.line());
                    reader.row(new RoleFormReader.Row(file, r.sheet(), at, r.cells()));
                }
            }
            reader.endSheet();
        }
        reader.finish();
        if (reader.forms() == 0) {
            throw new DomainException("io.no-forms", file);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
