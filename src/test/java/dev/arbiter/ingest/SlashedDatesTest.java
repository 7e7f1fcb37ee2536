package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A slashed day read in the order of the file's marketplace: month first, day first or year first. */
class SlashedDatesTest {
    private static final String HEADER = "Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Targeting,Match Type,"
            + "Customer Search Term,Impressions,Clicks,Spend,7 Day Total Sales ,7 Day Total Orders (#),"
            + "7 Day Total Units (#)\n";

    @TempDir
    Path folder;

    static Stream<Arguments> marketplaces() {
        return Stream.of(
                Arguments.of(Marketplace.US, "USD", "02/01/2026"),
                Arguments.of(Marketplace.CA, "CAD", "02/01/2026"),
                Arguments.of(Marketplace.MX, "MXN", "01/02/2026"),
                Arguments.of(Marketplace.UK, "GBP", "01/02/2026"),
                Arguments.of(Marketplace.DE, "EUR", "01/02/2026"),
                Arguments.of(Marketplace.FR, "EUR", "01/02/2026"),
                Arguments.of(Marketplace.IT, "EUR", "01/02/2026"),
                Arguments.of(Marketplace.ES, "EUR", "01/02/2026"),
                Arguments.of(Marketplace.IN, "INR", "1/2/2026"),
                Arguments.of(Marketplace.JP, "JPY", "2026/02/01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("marketplaces")
    void each_marketplace_writes_the_first_of_february_in_its_own_order(
            Marketplace marketplace, String currency, String day) throws IOException {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, marketplace)
                    .ingest(report(marketplace, currency, day));

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(marketplace), summary.marketplace());
            assertEquals("2026-02-01", FreshWarehouse.query(warehouse, "SELECT min(day) FROM ad_search_term_daily"));
        }
    }

    @Test
    void the_currency_a_file_states_decides_its_order_over_the_workspace_marketplace() throws IOException {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US)
                    .ingest(report(Marketplace.UK, "GBP", "01/02/2026"));

            assertEquals(List.of(), summary.errors());
            assertEquals("2026-02-01", FreshWarehouse.query(warehouse, "SELECT min(day) FROM ad_search_term_daily"));
        }
    }

    @Test
    void a_uk_business_report_by_date_is_read_day_first_from_its_pound_amounts() throws IOException {
        Path file = Files.writeString(folder.resolve("BusinessReport-by-date-uk.csv"), """
                "Date","Ordered Product Sales","Units Ordered","Total Order Items","Sessions","Unit Session Percentage"
                "01/03/2026","£1,025.98","79","74","1,502","5.26%"
                "02/03/2026","£909.09","70","66","1,388","5.04%"
                """, StandardCharsets.UTF_8);

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(Marketplace.UK), summary.marketplace());
            assertEquals("2026-03-01|2026-03-02|GBP", FreshWarehouse.query(warehouse, "SELECT min(day) || '|' || max(day)"
                    + " || '|' || min(currency) FROM sales_traffic_by_date"));
        }
    }

    @Test
    void a_file_that_states_no_currency_is_read_in_the_workspace_marketplace_order() throws IOException {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.DE)
                    .ingest(report(Marketplace.DE, "", "01/02/2026"));

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(Marketplace.DE), summary.marketplace());
            assertEquals("2026-02-01", FreshWarehouse.query(warehouse, "SELECT min(day) FROM ad_search_term_daily"));
        }
    }

    @Test
    void a_day_first_date_in_a_us_file_is_quarantined_naming_the_order_the_us_writes() throws IOException {
        assertEquals("search-term-US.csv:2:1: day does not fit the order of a US file's slashed dates, MM/dd/yyyy"
                        + " (month first) (value '13/01/2026'); fix the row or re-download the report",
                quarantined(Marketplace.US, "USD", "13/01/2026"));
    }

    @Test
    void a_month_first_date_in_a_uk_file_is_quarantined_naming_the_order_the_uk_writes() throws IOException {
        assertEquals("search-term-UK.csv:2:1: day does not fit the order of a UK file's slashed dates, dd/MM/yyyy"
                        + " (day first) (value '01/13/2026'); fix the row or re-download the report",
                quarantined(Marketplace.UK, "GBP", "01/13/2026"));
    }

    @Test
    void a_day_first_date_in_a_japanese_file_is_quarantined_naming_the_year_first_order() throws IOException {
        assertEquals("search-term-JP.csv:2:1: day does not fit the order of a JP file's slashed dates, yyyy/MM/dd"
                        + " (year first) (value '01/02/2026'); fix the row or re-download the report",
                quarantined(Marketplace.JP, "JPY", "01/02/2026"));
    }

    @Test
    void a_slashed_day_no_calendar_has_is_not_a_day() throws IOException {
        assertEquals("search-term-US.csv:2:1: day is not a date (value '02/30/2026'); fix the row or re-download"
                        + " the report",
                quarantined(Marketplace.US, "USD", "02/30/2026"));
    }

    private String quarantined(Marketplace marketplace, String currency, String day) throws IOException {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US)
                    .ingest(report(marketplace, currency, day));

            assertEquals(1, summary.quarantined());
            assertEquals(1, summary.loaded());
            return summary.errors().get(0).render();
        }
    }

    /** A two-row search term report: the first row on {@code day}, the second on 3 March, a day no order confuses. */
    private Path report(Marketplace marketplace, String currency, String day) throws IOException {
        String first = String.join(",", day, "Not grouped", currency, "Exact", "AG", "garlic press", "EXACT",
                "garlic", "100", "9", "6", "25", "1", "2");
        String second = String.join(",", "\"Mar 03, 2026\"", "Not grouped", currency, "Exact", "AG", "garlic press",
                "EXACT", "peeler", "50", "1", "1", "0", "0", "0");
        return Files.writeString(folder.resolve("search-term-" + marketplace + ".csv"), HEADER + first + "\n" + second + "\n",
                StandardCharsets.UTF_8);
    }
}
