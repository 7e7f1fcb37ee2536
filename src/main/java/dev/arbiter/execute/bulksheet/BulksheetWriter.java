package dev.arbiter.execute.bulksheet;

import dev.arbiter.execute.CsvLine;
import dev.arbiter.execute.OutputFile;
import dev.arbiter.model.Action;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the day's ad actions as a Sponsored Products bulksheet: {@code bulksheet-YYYY-MM-DD.xlsx} for
 * upload (sheet {@value #SHEET}) and {@code bulksheet-YYYY-MM-DD.csv} with the same rows for review.
 * Ids are text cells so Excel never turns them into {@code 1.23E+14} (formats doc, B1).
 */
public final class BulksheetWriter {

    /** The tab Amazon reads Sponsored Products rows from. */
    public static final String SHEET = "Sponsored Products Campaigns";

    /**
     * Writes both files, replacing earlier ones of the same day, and says where they are. Without ad actions
     * the files hold the header only and {@link BulksheetFiles#rows()} is 0, so a caller can skip the upload.
     */
    public BulksheetFiles write(List<Action> actions, Path outDir, LocalDate day) {
        List<BulksheetRow> rows = BulksheetRows.of(actions);
        String name = "bulksheet-" + day;
        Path csv = new OutputFile(outDir.resolve(name + ".csv")).write(out -> writeCsv(rows, out));
        Path xlsx = new OutputFile(outDir.resolve(name + ".xlsx")).write(out -> writeXlsx(rows, out));
        return new BulksheetFiles(csv, xlsx, rows.size());
    }

    private static void writeCsv(List<BulksheetRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(new CsvLine(BulksheetRow.headers()).render());
        writer.write('\n');
        for (BulksheetRow row : rows) {
            writer.write(new CsvLine(row.cells()).render());
            writer.write('\n');
        }
        writer.flush();
    }

    private static void writeXlsx(List<BulksheetRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            List<String> headers = BulksheetRow.headers();
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                BulksheetRow row = rows.get(r);
                for (BulksheetColumn column : BulksheetColumn.values()) {
                    String value = row.value(column);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = line.createCell(column.ordinal());
                    if (column.isAmount()) {
                        cell.setCellStyle(amount);
                        cell.setCellValue(new BigDecimal(value).doubleValue());
                    } else {
                        if (column.isText()) {
                            cell.setCellStyle(text);
                        }
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
