package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real downloads in ../shared/data load whole, and add up to what POI or Jackson read from them independently. */
class RealReportsIT {
    static final Path DATA = Path.of("..", "shared", "data");

    @TempDir
    Path folder;

    @BeforeEach
    void the_real_data_must_be_there() {
        assumeTrue(Files.isDirectory(DATA), "skipped: the real Amazon downloads in ../shared/data are absent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "amazon-seller-us-2019/ads/2019-09-28_2019-11-26_search-term_daily/Sponsored Products Search term report.xlsx|SP_SEARCH_TERM|US|7",
                "amazon-seller-us-2019/ads/summary-format_start-end-date/Sponsored Products Search term report (1).xlsx|SP_SEARCH_TERM|US|7",
                "amazon-seller-us-2019/ads/export-2019-12-24_daily/12.22-12.27 ST.xlsx|SP_SEARCH_TERM|US|7",
                "amazon-ads-reports-public/us-2019-fbm-stevebanon/Sponsored Products Search term report.xlsx|SP_SEARCH_TERM|US|7",
                "amazon-ads-reports-public/us-2022-kitchen-mannyvv/Sponsored Products Search term report.xlsx|SP_SEARCH_TERM|US|7",
                "amazon-ads-reports-public/in-2020-umairnsr87/Sponsored Products Search term report.xlsx|SP_SEARCH_TERM|IN|14",
                "amazon-seller-us-2019/ads/export-2019-11-16_daily/Sponsored Products Advertised product report.xlsx|SP_ADVERTISED_PRODUCT|US|7",
                "amazon-seller-us-2019/ads/export-2019-12-24_daily/Dec daily Advertised product report.xlsx|SP_ADVERTISED_PRODUCT|US|7",
                "amazon-ads-reports-public/in-2020-umairnsr87/Sponsored Products Advertised product report.xlsx|SP_ADVERTISED_PRODUCT|IN|14"
            })
    void a_real_ads_workbook_loads_every_row_and_its_totals_equal_an_independent_sum(
            String path, ReportKind kind, Marketplace marketplace, int attributionDays)
            throws IOException, InvalidFormatException {
        Path file = DATA.resolve(path);
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        long rows = sumWithPoi(file, expected);

        try (Warehouse warehouse = Warehouse.inMemory()) {
            long started = System.nanoTime();
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);
            report(summary, System.nanoTime() - started);

            assertFalse(summary.rejected(), () -> summary.errors().toString());
            assertEquals(Optional.of(kind), summary.kind());
            assertEquals(Optional.of(marketplace), summary.marketplace());
            assertEquals(0, summary.quarantined(), () -> summary.errors().toString());
            assertEquals(rows, summary.loaded());
            expected.forEach((measure, sum) -> assertEquals(
                    0, sum.compareTo(summary.totals().measures().get(measure)), measure + ": " + sum + " vs "
                            + summary.totals().measures().get(measure)));
            assertEquals(0, expected.get("spend").compareTo(new BigDecimal(query(warehouse, "SELECT"
                    + " (SELECT coalesce(sum(spend), 0) FROM ad_search_term_daily)"
                    + " + (SELECT coalesce(sum(spend), 0) FROM ad_search_term_period)"
                    + " + (SELECT coalesce(sum(spend), 0) FROM ad_advertised_product_daily)"
                    + " + (SELECT coalesce(sum(spend), 0) FROM ad_advertised_product_period)"))));
            assertEquals(String.valueOf(attributionDays), query(warehouse, "SELECT max(attribution_days) FROM ("
                    + " SELECT attribution_days FROM ad_search_term_daily UNION ALL"
                    + " SELECT attribution_days FROM ad_search_term_period UNION ALL"
                    + " SELECT attribution_days FROM ad_advertised_product_daily UNION ALL"
                    + " SELECT attribution_days FROM ad_advertised_product_period)"));
        }
    }

    @Test
    void the_real_business_report_loads_once_named_after_its_day() throws IOException {
        Path original = DATA.resolve("amazon-seller-us-2019/seller-central/business-reports/BusinessReport-11-21-19.csv");
        Path file = Files.copy(original, folder.resolve("BusinessReport-2019-11-21.csv"));
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("units", BigDecimal.ZERO);
        expected.put("sales", BigDecimal.ZERO);
        expected.put("sessions", BigDecimal.ZERO);
        long rows = 0;
        for (Map<String, String> row : readCsv(file, StandardCharsets.UTF_8)) {
            rows++;
            expected.merge("units", plain(row.get("Units Ordered")), BigDecimal::add);
            expected.merge("sales", plain(row.get("Ordered Product Sales")), BigDecimal::add);
            expected.merge("sessions", plain(row.get("Sessions")), BigDecimal::add);
        }

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);

            assertEquals(rows, summary.loaded());
            assertEquals(0, summary.quarantined(), () -> summary.errors().toString());
            assertEquals(Optional.of(java.time.LocalDate.of(2019, 11, 21)), summary.totals().firstDay());
            expected.forEach((measure, sum) -> assertEquals(0, sum.compareTo(summary.totals().measures().get(measure))));
        }
    }

    @Test
    void the_real_windows_1252_manage_inventory_file_keeps_its_en_dashes() throws IOException {
        Path file = DATA.resolve("amazon-seller-us-2019/fba/manage FBA inventory 12.17.csv");
        BigDecimal available = BigDecimal.ZERO;
        long rows = 0;
        for (Map<String, String> row : readCsv(file, Charset.forName("windows-1252"))) {
            rows++;
            available = available.add(plain(row.get("afn-fulfillable-quantity")));
        }

        try (Warehouse warehouse = Warehouse.inMemory()) {
            long started = System.nanoTime();
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);
            report(summary, System.nanoTime() - started);

            assertEquals(rows, summary.loaded());
            assertEquals(0, available.compareTo(summary.totals().measures().get("available")));
            String title = query(warehouse, "SELECT product_name FROM fba_inventory_daily WHERE sku = '0P-DOPF-MKUI'");
            assertTrue(title.startsWith("Desiderare Thick Fluffy Bath Runner Rug \u201363\" x 27.5\" Luxury"), title);
        }
    }

    @Test
    void the_real_inventory_health_report_and_bulksheet_load_whole() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            Ingestor ingestor = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US);

            FileSummary health = ingestor.ingest(DATA.resolve("amazon-seller-us-2019/fba/12.20 inventory health.csv"));
            FileSummary bulksheet = ingestor.ingest(
                    DATA.resolve("amazon-seller-us-2019/ads/bulksheet-v1/us-a2u2p66daigzpx-bulksheet-1576011256236.xlsx"));

            assertEquals(40, health.loaded());
            assertEquals(Optional.of(ReportKind.FBA_INVENTORY_PLANNING), health.kind());
            assertEquals(3045, bulksheet.loaded());
            assertEquals(0, bulksheet.quarantined(), () -> bulksheet.errors().toString());
            assertEquals("2019-12-10", query(warehouse, "SELECT DISTINCT snapshot_day FROM ad_entity"));
        }
    }

    /**
     * Adds up the ads measures of the first sheet with POI's user model, rounding each cell as the warehouse does. The
     * package is opened read-only: POI writes a workbook opened from a File back to that file when it is closed.
     */
    private static long sumWithPoi(Path file, Map<String, BigDecimal> sums) throws IOException, InvalidFormatException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = new LinkedHashMap<>();
            Row header = sheet.getRow(0);
            for (Cell cell : header) {
                String name = cell.getStringCellValue().trim().toLowerCase(Locale.ROOT);
                measureOf(name).ifPresent(measure -> columns.putIfAbsent(measure, cell.getColumnIndex()));
            }
            columns.keySet().forEach(measure -> sums.put(measure, BigDecimal.ZERO));
            long rows = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                rows++;
                columns.forEach((measure, column) -> {
                    Cell cell = row.getCell(column);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                        BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()))
                                .setScale(6, RoundingMode.HALF_EVEN);
                        sums.merge(measure, value, BigDecimal::add);
                    }
                });
            }
            return rows;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static Optional<String> measureOf(String header) {
        for (String measure : List.of("impressions", "clicks", "spend")) {
            if (header.equals(measure)) {
                return Optional.of(measure);
            }
        }
        if (header.matches("\\d+ day total sales.*")) {
            return Optional.of("sales");
        }
        if (header.matches("\\d+ day total orders.*")) {
            return Optional.of("orders");
        }
        if (header.matches("\\d+ day total units.*")) {
            return Optional.of("units");
        }
        return Optional.empty();
    }

    private static List<Map<String, String>> readCsv(Path file, Charset charset) throws IOException {
        String text = Files.readString(file, charset).replace("\uFEFF", "");
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = new java.io.StringReader(text);
                MappingIterator<Map<String, String>> rows =
                        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(reader)) {
            return rows.readAll();
        }
    }

    private static BigDecimal plain(String display) {
        return new BigDecimal(display.replace("$", "").replace(",", "").trim());
    }

    private static void report(FileSummary summary, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(
                Locale.ROOT,
                "ingested %s: %d rows in %.3f s (%.0f rows/s)%n",
                summary.file(),
                summary.loaded(),
                seconds,
                summary.loaded() / seconds);
    }

    private static String query(Warehouse warehouse, String sql) {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
