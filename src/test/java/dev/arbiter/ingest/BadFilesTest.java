package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad-input corpus: each case an input, the exact message, and a warehouse left empty. */
class BadFilesTest {
    static final String HEADER = "Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Targeting,Match Type,"
            + "Customer Search Term,Impressions,Clicks,Spend,7 Day Total Sales ,7 Day Total Orders (#),"
            + "7 Day Total Units (#)\n";
    static final String ROW = "\"Mar 03, 2026\",Not grouped,USD,Exact,AG,garlic press,EXACT,garlic,412,9,$6.39,$25.98,1,2\n";

    @TempDir
    Path folder;

    static Stream<Arguments> bad_files() {
        return Stream.of(
                Arguments.of("empty.csv", "", "empty.csv: the file is empty; download the report again"),
                Arguments.of(
                        "header-only.csv",
                        HEADER,
                        "header-only.csv: the Sponsored Products search term report has a header but no rows;"
                                + " download it again for a period with activity"),
                Arguments.of(
                        "unknown.csv",
                        "foo,bar,baz\n1,2,3\n",
                        "unknown.csv: the header does not match any report Arbiter reads (it starts with"
                                + " 'foo,bar,baz'); Arbiter reads: Sponsored Products search term report, Sponsored"
                                + " Products advertised product report, Sponsored Display advertised product report,"
                                + " Sponsored Products targeting report, Sponsored"
                                + " Products purchased product report, Sponsored Products campaign report, Sponsored"
                                + " Products placement report, Business Report (Detail Page Sales and Traffic"
                                + " By Child Item), Business Report (Sales and Traffic by Date), FBA Restock Inventory report, FBA Inventory (planning) report, FBA Manage Inventory report, FBA"
                                + " Fee Preview report, All Orders report, V2 settlement report, Date Range transaction report (Custom Transaction), FBA customer returns report, catalog file, reviews and ratings file, Sponsored Products bulksheet, Sponsored Brands campaign report, Sponsored Display campaign report; download one of"
                                + " these with its original header"),
                Arguments.of(
                        "no-clicks.csv",
                        HEADER.replace("Clicks,", "") + ROW.replace("412,9,", "412,"),
                        "no-clicks.csv: looks like a Sponsored Products search term report but is missing the column"
                                + " 'Clicks'; download the report again with all its columns"),
                Arguments.of(
                        "mixed.csv",
                        HEADER + ROW + ROW.replace("USD", "INR").replace("$", "Rs."),
                        "mixed.csv:3:3: the file mixes currencies: earlier rows are in USD, this one in INR (value"
                                + " 'INR'); load one marketplace per file: split it by currency or download each"
                                + " marketplace's report"),
                Arguments.of(
                        "truncated.csv",
                        HEADER + ROW + "\"Mar 04, 2026\",Not grouped,USD,\"Exa",
                        "truncated.csv:3: the file ends inside a quoted field, so it looks truncated; download the"
                                + " report again"),
                Arguments.of(
                        "BusinessReport-March.csv",
                        "\"(Parent) ASIN\",\"(Child) ASIN\",\"Title\",\"SKU\",\"Sessions\",\"Page Views\","
                                + "\"Units Ordered\",\"Ordered Product Sales\",\"Total Order Items\"\n"
                                + "\"B0P\",\"B0C\",\"T\",\"S\",\"1\",\"1\",\"1\",\"$1.00\",\"1\"\n",
                        "BusinessReport-March.csv: a Business Report (Detail Page Sales and Traffic By Child Item) has"
                                + " no date column, so its day must be in the file name; rename the file after the day"
                                + " it covers, e.g. BusinessReport-2026-03-01.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bad_files(String name, String content, String message) throws IOException {
        Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);

        FileSummary summary = ingest(file);

        assertTrue(summary.rejected());
        assertEquals(message, summary.errors().get(0).render());
    }

    @Test
    void lines_of_text_before_the_header_are_skipped_and_lines_keep_their_numbers() throws IOException {
        String content = "\"Reporting Range=[\"\"Daily\"\"]\"\nExported by Seller Central\n" + HEADER + ROW
                + ROW.replace("412", "-1");
        Path file = Files.writeString(folder.resolve("preamble.csv"), content, StandardCharsets.UTF_8);

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);

            assertEquals(1, summary.loaded());
            assertEquals(
                    "preamble.csv:5:9: impressions cannot be negative (value '-1'); fix the row or re-download the"
                            + " report",
                    summary.errors().get(0).render());
        }
    }

    @Test
    void binary_garbage_is_refused() throws IOException {
        byte[] garbage = new byte[512];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37);
        }
        Path file = Files.write(folder.resolve("garbage.csv"), garbage);

        FileSummary summary = ingest(file);

        assertEquals(
                "garbage.csv: the file is not a text report or an .xlsx workbook (it holds binary data); download the"
                        + " report again as CSV, TSV or XLSX",
                summary.errors().get(0).render());
    }

    @Test
    void a_truncated_workbook_is_refused() throws IOException {
        Path whole = searchTermWorkbook(folder.resolve("whole.xlsx"), 14);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(folder.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        FileSummary summary = ingest(file);

        assertTrue(summary.rejected());
        assertTrue(summary.errors().get(0).render().startsWith("cut.xlsx: cannot read the workbook"));
        assertTrue(summary.errors().get(0).render().endsWith("; download the report again as .xlsx"));
    }

    @Test
    void negative_impressions_send_the_row_to_quarantine_and_the_good_rows_load() throws IOException {
        Path file = searchTermWorkbook(folder.resolve("Sponsored Products Search term report.xlsx"), 14);
        Clock endOfMarch = Clock.fixed(Instant.parse("2026-03-31T09:00:00Z"), ZoneOffset.UTC);

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), endOfMarch, Marketplace.US).ingest(file);

            assertEquals(12, summary.loaded());
            assertEquals(1, summary.quarantined());
            assertEquals(
                    "Sponsored Products Search term report.xlsx:14:9: impressions cannot be negative (value '-3'); fix"
                            + " the row or re-download the report",
                    summary.errors().get(0).render());
            assertEquals(0, new BigDecimal("120").compareTo(summary.totals().measures().get("impressions")));
            assertEquals(
                    "2026-03-01|2026-03-12|1.200000",
                    summary.totals().firstDay().orElseThrow() + "|" + summary.totals().lastDay().orElseThrow() + "|"
                            + count(warehouse, "SELECT sum(spend) FROM ad_search_term_daily"));
            assertEquals("Impressions", count(warehouse, "SELECT column_name FROM quarantine"));
        }
    }

    @Test
    void a_file_of_many_bad_rows_quarantines_them_all_and_summarises_the_first_hundred() throws IOException {
        StringBuilder content = new StringBuilder(HEADER).append(ROW);
        for (int i = 0; i < 150; i++) {
            content.append(ROW.replace(",412,", ",-" + (i + 1) + ",").replace("garlic,", "garlic " + i + ","));
        }
        Path file = Files.writeString(folder.resolve("many-bad.csv"), content.toString(), StandardCharsets.UTF_8);

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);

            assertEquals(1, summary.loaded());
            assertEquals(150, summary.quarantined());
            assertEquals(101, summary.errors().size());
            assertEquals(
                    "many-bad.csv: 50 more problems were found in quarantined rows; see the quarantine table for every"
                            + " one",
                    summary.errors().get(100).render());
            assertEquals("150", count(warehouse, "SELECT count(*) FROM quarantine"));
        }
    }

    /** A search term workbook: rows 2..n-1 have 10 impressions and $0.10 spend on successive days; row n has -3. */
    static Path searchTermWorkbook(Path file, int lastRow) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sponsored Product Search Term R");
            String[] header = HEADER.strip().split(",");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("MMM dd, yyyy"));
            for (int r = 1; r < lastRow; r++) {
                Row row = sheet.createRow(r);
                var date = row.createCell(0);
                date.setCellValue(java.time.LocalDate.of(2026, 3, r));
                date.setCellStyle(dateStyle);
                String[] text = {"Not grouped", "USD", "Exact", "AG", "garlic press", "EXACT", "garlic " + r};
                for (int c = 0; c < text.length; c++) {
                    row.createCell(c + 1).setCellValue(text[c]);
                }
                row.createCell(8).setCellValue(r == lastRow - 1 ? -3 : 10);
                double[] numbers = {1, 0.10, 0, 0, 0};
                for (int c = 0; c < numbers.length; c++) {
                    row.createCell(9 + c).setCellValue(numbers[c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static String count(Warehouse warehouse, String sql) {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private FileSummary ingest(Path file) {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary =
                    new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);
            assertEquals("0|0", count(warehouse, "SELECT (SELECT count(*) FROM source_file) || '|' ||"
                    + " (SELECT count(*) FROM ad_search_term_daily)"));
            return summary;
        }
    }
}
