package dev.arbiter.ingest;

import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StockReportsTest {
    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(IngestorTest.TODAY);

    @Test
    void a_business_report_by_date_reads_the_columns_the_user_chose_and_leaves_the_others_empty() {
        FileSummary summary = store.ingestor().ingest(fixture("stock/BusinessReport-by-date.csv"));

        assertEquals(Optional.of(ReportKind.BUSINESS_REPORT_BY_DATE), summary.kind());
        assertEquals(List.of(), summary.errors());
        assertEquals(2, summary.loaded());
        assertEquals(0, new BigDecimal("149").compareTo(summary.totals().measures().get("units")));
        assertEquals(0, new BigDecimal("1935.07").compareTo(summary.totals().measures().get("sales")));
        assertEquals(0, new BigDecimal("2890").compareTo(summary.totals().measures().get("sessions")));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), summary.totals().firstDay());
        assertEquals("74|true|USD", store.query("SELECT total_order_items || '|' || (page_views IS NULL) || '|' || currency"
                + " FROM sales_traffic_by_date WHERE day = DATE '2026-03-01'"));
    }

    @Test
    void a_restock_report_takes_its_day_from_its_name_and_keeps_amazons_advice() {
        FileSummary summary = store.ingestor().ingest(fixture("stock/restock-inventory-2026-03-09.txt"));

        assertEquals(Optional.of(ReportKind.FBA_RESTOCK), summary.kind());
        assertEquals(List.of(), summary.errors());
        assertEquals(2, summary.loaded());
        assertEquals(0, new BigDecimal("360").compareTo(summary.totals().measures().get("recommended")));
        assertEquals(
                "2026-03-09|0|out_of_stock|60|2026-03-12",
                store.query("SELECT snapshot_day || '|' || available || '|' || alert || '|' || recommended_quantity || '|'"
                        + " || recommended_ship_day FROM fba_restock_recommendation WHERE sku = 'GP-BK-01'"));
    }
}
