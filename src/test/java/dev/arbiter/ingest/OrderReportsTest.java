package dev.arbiter.ingest;

import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrderReportsTest {
    private static final Clock MID_MARCH = Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(MID_MARCH);

    @Test
    void an_all_orders_report_keeps_cancelled_items_without_a_price_and_adds_up_units_and_sales() {
        FileSummary summary = store.ingestor().ingest(fixture("orders/all-orders-2026-03-01_2026-03-03.txt"));

        assertEquals(Optional.of(ReportKind.ALL_ORDERS), summary.kind());
        assertEquals(3, summary.loaded());
        assertEquals(List.of(), summary.errors());
        assertEquals(List.of("units", "sales"), List.copyOf(summary.totals().measures().keySet()));
        assertEquals(0, new BigDecimal("4").compareTo(summary.totals().measures().get("units")));
        assertEquals(0, new BigDecimal("38.97").compareTo(summary.totals().measures().get("sales")));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), summary.totals().firstDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), summary.totals().lastDay());
        assertEquals("Cancelled|true|USD", store.query("SELECT item_status || '|' || (item_price IS NULL) || '|' || currency"
                + " FROM order_item WHERE order_id = '111-0000000-0000002'"));
        assertEquals("2.600000", store.query("SELECT item_promotion_discount FROM order_item"
                + " WHERE order_id = '111-0000000-0000001'"));
    }

    @Test
    void a_newer_all_orders_download_replaces_the_items_whose_status_changed() {
        store.ingestor().ingest(fixture("orders/all-orders-2026-03-01_2026-03-03.txt"));

        FileSummary newer = store.ingestor().ingest(fixture("orders/all-orders-2026-03-03_2026-03-05.txt"));

        assertEquals(2, newer.loaded());
        assertEquals(1, newer.replaced());
        assertEquals("4|Shipped", store.query("SELECT (SELECT count(*) FROM order_item) || '|' || (SELECT item_status"
                + " FROM order_item WHERE order_id = '111-0000000-0000003')"));
    }

    @Test
    void a_customer_returns_report_loads_its_returns_without_the_customers_comments() {
        FileSummary summary = store.ingestor().ingest(fixture("orders/customer-returns-2026-03.txt"));

        assertEquals(Optional.of(ReportKind.FBA_CUSTOMER_RETURNS), summary.kind());
        assertEquals(2, summary.loaded());
        assertEquals(0, new BigDecimal("2").compareTo(summary.totals().measures().get("units")));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 8)), summary.totals().firstDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), summary.totals().lastDay());
        assertEquals("2026-03-08|CUSTOMER_DAMAGED|DEFECTIVE|LPNEXAMPLE0002", store.query("SELECT return_day || '|'"
                + " || detailed_disposition || '|' || reason || '|' || license_plate_number FROM fba_customer_return"
                + " WHERE sku = 'GP-BK-01'"));
        assertEquals("0", store.query("SELECT count(*) FROM information_schema.columns WHERE table_name = 'fba_customer_return'"
                + " AND column_name LIKE '%comment%'"));
    }
}
