package dev.arbiter.ingest;

import static dev.arbiter.ingest.ConsoleReportsTest.totals;
import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Console downloads in the seller's language (formats doc A1.9): German and Japanese headers, numbers and days. */
class LocalisedHeadersTest {
    @Test
    void a_german_search_term_report_reads_its_headers_euro_amounts_and_dotted_days() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.DE)
                    .ingest(fixture("localised/de-search-term-2026-03-03.csv"));

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(ReportKind.SP_SEARCH_TERM), summary.kind());
            assertEquals(Optional.of(Marketplace.DE), summary.marketplace());
            assertEquals(Optional.of("EUR"), summary.totals().currency());
            assertEquals("impressions=1329 clicks=11 spend=7.49 sales=1234.56 orders=1 units=2", totals(summary));
            assertEquals("2026-03-03|7", FreshWarehouse.query(warehouse, "SELECT min(day) || '|' || min(attribution_days)"
                    + " FROM ad_search_term_daily"));
        }
    }

    @Test
    void a_japanese_search_term_report_reads_its_headers_yen_amounts_and_slashed_days() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US)
                    .ingest(fixture("localised/jp-search-term-2026-03-03.csv"));

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(Marketplace.JP), summary.marketplace());
            assertEquals("impressions=1500 clicks=11 spend=775 sales=2580 orders=1 units=2", totals(summary));
            assertEquals("2026-03-03|にんにく絞り器", FreshWarehouse.query(warehouse, "SELECT day || '|' || search_term"
                    + " FROM ad_search_term_daily WHERE clicks = 10"));
        }
    }

    @Test
    void a_japanese_business_report_reads_its_headers_and_yen_sales() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.JP)
                    .ingest(fixture("localised/BusinessReport-2026-03-01.csv"));

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(ReportKind.BUSINESS_REPORT_CHILD_ITEM), summary.kind());
            assertEquals("units=70 sales=190930 sessions=1592", totals(summary));
            assertEquals("GP-SS-01|1688|0.992|JPY", FreshWarehouse.query(warehouse, "SELECT sku || '|' || page_views"
                    + " || '|' || buy_box_pct || '|' || currency FROM sales_traffic_daily WHERE child_asin = 'B0CHILD001'"));
        }
    }
}
