package dev.arbiter.ingest;

import static dev.arbiter.ingest.ConsoleReportsTest.totals;
import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Targeting and purchased product reports in the summary layout (formats doc A1: {@code Start Date}, {@code End Date}). */
class SummaryLayoutsTest {
    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(IngestorTest.TODAY);

    @Test
    void a_summary_targeting_report_loads_one_row_per_period_into_its_own_table() {
        FileSummary summary = store.ingestor().ingest(fixture("summary/targeting-summary-2026-03-01_2026-03-07.csv"));

        assertEquals(Optional.of(ReportKind.SP_TARGETING), summary.kind());
        assertEquals("impressions=10570 clicks=101 spend=68.14 sales=363.72 orders=14 units=28", totals(summary));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), summary.totals().firstDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 7)), summary.totals().lastDay());
        assertEquals("2|0", store.query("SELECT (SELECT count(*) FROM ad_targeting_period) || '|'"
                + " || (SELECT count(*) FROM ad_targeting_daily)"));
    }

    @Test
    void a_summary_purchased_product_report_loads_into_its_own_table_and_a_second_load_changes_nothing() {
        store.ingestor().ingest(fixture("summary/purchased-product-summary-2026-03-01_2026-03-07.csv"));
        FileSummary again = store.ingestor().ingest(fixture("summary/purchased-product-summary-2026-03-01_2026-03-07.csv"));

        assertEquals(0, again.loaded());
        assertEquals("2026-03-01|2026-03-07|B0CHILD002|38.970000", store.query("SELECT first_day || '|' || last_day || '|'"
                + " || purchased_asin || '|' || sales FROM ad_purchased_product_period"));
    }
}
