package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Marketplace;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(TODAY);

    static Path fixture(String path) {
        try {
            return Path.of(IngestorTest.class.getResource(path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal big(String value) {
        return new BigDecimal(value);
    }

    @Test
    void a_search_term_report_loads_every_row_and_adds_up_its_measures() {
        FileSummary summary = store.ingestor().ingest(fixture("search_term/search-term-2026-03-03.csv"));

        assertEquals(Optional.of(ReportKind.SP_SEARCH_TERM), summary.kind());
        assertEquals(Optional.of(Marketplace.US), summary.marketplace());
        assertEquals(3, summary.loaded());
        assertEquals(List.of(), summary.errors());
        Totals totals = summary.totals();
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), totals.firstDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), totals.lastDay());
        assertEquals(Optional.of("USD"), totals.currency());
        assertEquals(
                List.of("impressions", "clicks", "spend", "sales", "orders", "units"),
                List.copyOf(totals.measures().keySet()));
        assertEquals(0, big("1547").compareTo(totals.measures().get("impressions")));
        assertEquals(0, big("12").compareTo(totals.measures().get("clicks")));
        assertEquals(0, big("7.97").compareTo(totals.measures().get("spend")));
        assertEquals(0, big("38.97").compareTo(totals.measures().get("sales")));
        assertEquals(0, big("2").compareTo(totals.measures().get("orders")));
        assertEquals(0, big("3").compareTo(totals.measures().get("units")));
        assertEquals("3|1547|7.970000|7", store.query("SELECT count(*) || '|' || sum(impressions) || '|' || sum(spend)"
                + " || '|' || min(attribution_days) FROM ad_search_term_daily"));
    }

    @Test
    void a_utf_16_file_with_a_byte_order_mark_reads_like_its_utf_8_twin(@TempDir Path folder) throws IOException {
        String text = Files.readString(fixture("search_term/search-term-2026-03-03.csv"), StandardCharsets.UTF_8);
        Path file = Files.writeString(folder.resolve("utf16.csv"), text, StandardCharsets.UTF_16LE);
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Files.readAllBytes(file)));

        FileSummary summary = store.ingestor().ingest(file);

        assertEquals(3, summary.loaded(), () -> summary.errors().toString());
        assertEquals(0, big("7.97").compareTo(summary.totals().measures().get("spend")));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void loading_the_same_file_twice_changes_nothing() {
        Path file = fixture("search_term/search-term-2026-03-03.csv");
        store.ingestor().ingest(file);

        FileSummary again = store.ingestor().ingest(file);

        assertEquals(0, again.loaded());
        assertEquals(3, again.unchanged());
        assertFalse(again.rejected());
        assertEquals("3", store.query("SELECT count(*) FROM ad_search_term_daily"));
        assertEquals("1", store.query("SELECT count(*) FROM source_file"));
    }

    @Test
    void a_newer_report_replaces_the_older_rows_of_the_same_key() {
        store.ingestor().ingest(fixture("search_term/search-term-2026-03-03.csv"));

        FileSummary newer = store.ingestor().ingest(fixture("search_term_newer/search-term-2026-03-04.csv"));

        assertEquals(2, newer.loaded());
        assertEquals(1, newer.replaced());
        assertEquals("4|1851", store.query("SELECT count(*) || '|' || sum(impressions) FROM ad_search_term_daily"));
        assertEquals("44", store.query("SELECT impressions FROM ad_search_term_daily WHERE search_term = 'b0c1x2y3z4'"));
    }

    @Test
    void a_business_report_takes_its_day_from_the_file_name() {
        FileSummary summary = store.ingestor().ingest(fixture("business_report/BusinessReport-2026-03-01.csv"));

        assertEquals(Optional.of(ReportKind.BUSINESS_REPORT_CHILD_ITEM), summary.kind());
        assertEquals(2, summary.loaded());
        assertEquals(List.of("units", "sales", "sessions"), List.copyOf(summary.totals().measures().keySet()));
        assertEquals(0, big("70").compareTo(summary.totals().measures().get("units")));
        assertEquals(0, big("1909.30").compareTo(summary.totals().measures().get("sales")));
        assertEquals(0, big("1592").compareTo(summary.totals().measures().get("sessions")));
        assertEquals(
                "2026-03-01|Garlic Press, Stainless Steel 7\" long|1204|0.992|0.0507|1792.390000|USD",
                store.query("SELECT day || '|' || title || '|' || sessions || '|' || buy_box_pct || '|' || unit_session_pct"
                        + " || '|' || ordered_product_sales || '|' || currency FROM sales_traffic_daily"
                        + " WHERE sku = 'GP-SS-01'"));
    }

    @Test
    void a_windows_1252_manage_inventory_file_keeps_its_en_dash_and_sums_inbound_stages() {
        FileSummary summary = store.ingestor().ingest(fixture("manage_inventory/manage-fba-inventory_2026-03-09.txt"));

        assertEquals(Optional.of(ReportKind.FBA_MANAGE_INVENTORY), summary.kind());
        assertEquals(2, summary.loaded());
        assertEquals(
                "2026-03-09|Garlic Press \u2013 Stainless \"Pro\"|231|255|7|2|12.990000",
                store.query("SELECT snapshot_day || '|' || product_name || '|' || available || '|' || inbound_quantity"
                        + " || '|' || reserved_quantity || '|' || unfulfillable || '|' || your_price"
                        + " FROM fba_inventory_daily WHERE sku = 'GP-SS-01'"));
    }

    @Test
    void an_inventory_planning_report_reads_its_snapshot_date() {
        FileSummary summary = store.ingestor().ingest(fixture("inventory_planning/inventory-planning.txt"));

        assertEquals(Optional.of(ReportKind.FBA_INVENTORY_PLANNING), summary.kind());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), summary.totals().firstDay());
        assertEquals(0, big("231").compareTo(summary.totals().measures().get("available")));
        assertEquals(0, big("240").compareTo(summary.totals().measures().get("inbound")));
        assertEquals("178|4.120000", store.query("SELECT units_shipped_t30 || '|' || storage_cost_next_month"
                + " FROM fba_inventory_daily WHERE sku = 'GP-SS-01'"));
    }

    @Test
    void a_fee_preview_reads_double_dash_as_no_fee() {
        FileSummary summary = store.ingestor().ingest(fixture("fee_preview/fee-preview.txt"));

        assertEquals(Optional.of(ReportKind.FBA_FEE_PREVIEW), summary.kind());
        assertEquals(2, summary.loaded());
        assertEquals("5.640000|1.720000|true", store.query("SELECT estimated_fee_total || '|' || referral_fee_per_unit"
                + " || '|' || (fulfillment_fee_per_unit IS NULL) FROM fba_fee_estimate WHERE sku = 'GP-BK-01'"));
    }

    @Test
    void a_catalog_row_with_an_unknown_objective_is_quarantined_and_the_rest_loads() {
        FileSummary summary = store.ingestor().ingest(fixture("catalog/catalog.csv"));

        assertEquals(2, summary.loaded());
        assertEquals(1, summary.quarantined());
        assertEquals(
                "catalog.csv:4:9: objective must be one of launch, growth, defend, profit, clear_stock (value 'grow');"
                        + " fix the row or re-download the report",
                summary.errors().get(0).render());
        assertEquals("4|objective|grow", store.query("SELECT line || '|' || column_name || '|' || value FROM quarantine"));
        assertEquals("clear_stock", store.query("SELECT objective FROM catalog_item WHERE sku = 'GP-BK-01'"));
    }

    @Test
    void a_file_the_warehouse_has_never_seen_is_recorded_with_its_lineage() throws IOException {
        Path file = fixture("catalog/catalog.csv");

        store.ingestor().ingest(file);

        assertEquals(
                "catalog.csv|CATALOG|US|2|1|2026-03-10 09:00:00",
                store.query("SELECT file_name || '|' || kind || '|' || marketplace || '|' || rows_loaded || '|'"
                        + " || rows_quarantined || '|' || loaded_at FROM source_file"));
        assertTrue(Files.size(file) > 0);
    }
}
