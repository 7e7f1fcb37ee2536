package dev.arbiter.demo;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming one-sheet workbook as the advertising console downloads it (formats doc §0.7): dates as date cells
 * formatted {@code MMM dd, yyyy}, money as numbers with a {@code $} format, ratios as fractions with
 * {@code 0.0000%}, and no cell at all where a ratio's denominator is zero (§0.8).
 */
final class ConsoleWorkbook implements AutoCloseable {
    private final Path file;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle money;
    private final CellStyle percent;
    private final CellStyle decimal;
    private Row row;
    private int rows;

    ConsoleWorkbook(Path file, String sheetName, List<String> header, Date created) {
        this.file = file;
        this.workbook = new FastZipWorkbook();
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(created));
        sheet = workbook.createSheet(sheetName);
        date = style("MMM dd, yyyy");
        money = style("\"$\"#,##0.00");
        percent = style("0.0000%");
        decimal = style("0.00");
        nextRow();
        for (int i = 0; i < header.size(); i++) {
            text(i, header.get(i));
        }
    }

    /**
     * Buffers sheet XML without a lock per write and deflates at the fastest level: a 90-day search term sheet is
     * over 100 MB of XML, and the defaults triple the time to write it for a file a few percent smaller.
     */
    static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook() {
            super(new XSSFWorkbook(), 200, false, false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetDataWriter() {
                @Override
                public Writer createWriter(File file) throws IOException {
                    return new UnsynchronizedWriter(super.createWriter(file));
                }
            };
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    void nextRow() {
        row = sheet.createRow(rows++);
    }

    /** Data rows written so far (the header excluded). */
    int dataRows() {
        return rows - 1;
    }

    void text(int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    void date(int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    void count(int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    void money(int column, long cents) {
        Cell cell = row.createCell(column);
        cell.setCellValue(cents / 100.0);
        cell.setCellStyle(money);
    }

    /** A money ratio such as CPC; no cell when the denominator is zero. */
    void money(int column, long numeratorCents, long denominator) {
        if (denominator != 0) {
            Cell cell = row.createCell(column);
            cell.setCellValue(numeratorCents / 100.0 / denominator);
            cell.setCellStyle(money);
        }
    }

    void percent(int column, long numerator, long denominator) {
        if (denominator != 0) {
            Cell cell = row.createCell(column);
            cell.setCellValue(numerator / (double) denominator);
            cell.setCellStyle(percent);
        }
    }

    void decimal(int column, long numerator, long denominator) {
        if (denominator != 0) {
            Cell cell = row.createCell(column);
            cell.setCellValue(numerator / (double) denominator);
            cell.setCellStyle(decimal);
        }
    }

    /** The metric columns every console SP report ends with, from Impressions on (A1.1 and A1.3 share them). */
    void metrics(int first, AdTotals totals) {
        count(first, totals.impressions());
        count(first + 1, totals.clicks());
        percent(first + 2, totals.clicks(), totals.impressions());
        money(first + 3, totals.spendCents(), totals.clicks());
        money(first + 4, totals.spendCents());
        money(first + 5, totals.salesCents());
        percent(first + 6, totals.spendCents(), totals.salesCents());
        decimal(first + 7, totals.salesCents(), totals.spendCents());
        count(first + 8, totals.orders());
        count(first + 9, totals.units());
        percent(first + 10, totals.orders(), totals.clicks());
        count(first + 11, totals.advertisedUnits());
        count(first + 12, totals.otherUnits());
        money(first + 13, totals.advertisedSalesCents());
        money(first + 14, totals.otherSalesCents());
    }

    /** Drops the temporary sheet data without writing the file (after a failure elsewhere). */
    void discard() {
        workbook.dispose();
    }

    @Override
    public void close() {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "could not write " + file + ": " + e.getMessage(), e);
        } finally {
            workbook.dispose();
        }
    }
}
