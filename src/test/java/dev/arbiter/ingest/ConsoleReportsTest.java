package dev.arbiter.ingest;

import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConsoleReportsTest {
    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(IngestorTest.TODAY);

    @Test
    void a_targeting_report_keeps_its_zero_impression_rows_and_its_quoted_product_target() {
        FileSummary summary = store.ingestor().ingest(fixture("console/targeting-2026-03-03.csv"));

        assertEquals(Optional.of(ReportKind.SP_TARGETING), summary.kind());
        assertEquals(3, summary.loaded());
        assertEquals(List.of(), summary.errors());
        assertEquals("impressions=1510 clicks=14 spend=9.52 sales=51.96 orders=2 units=4", totals(summary));
        assertEquals("300", store.query("SELECT impressions FROM ad_targeting_daily WHERE targeting = 'asin=\"B0COMPET01\"'"));
        assertEquals("0|7", store.query("SELECT impressions || '|' || attribution_days FROM ad_targeting_daily"
                + " WHERE targeting = 'loose-match'"));
    }

    @Test
    void a_purchased_product_report_adds_up_the_halo_it_records() {
        FileSummary summary = store.ingestor().ingest(fixture("console/purchased-product-2026-03-04.csv"));

        assertEquals(Optional.of(ReportKind.SP_PURCHASED_PRODUCT), summary.kind());
        assertEquals(2, summary.loaded());
        assertEquals("sales=32.97 orders=2 units=3", totals(summary));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), summary.totals().firstDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), summary.totals().lastDay());
        assertEquals("GP-BK-01|B0CHILD002|B0OTHER003|19.980000", store.query("SELECT sku || '|' || asin || '|' || purchased_asin"
                + " || '|' || sales FROM ad_purchased_product_daily WHERE day = DATE '2026-03-04'"));
    }

    @Test
    void a_campaign_report_reads_the_campaigns_own_start_day_and_budget_beside_the_activity_day() {
        FileSummary summary = store.ingestor().ingest(fixture("console/campaign-2026-03-03.csv"));

        assertEquals(Optional.of(ReportKind.SP_CAMPAIGN), summary.kind());
        assertEquals(2, summary.loaded());
        assertEquals("impressions=1820 clicks=31 spend=21.70 sales=103.96 orders=4", totals(summary));
        assertEquals(
                "2026-03-03|2026-01-10|true|PAUSED|10.000000|Automatic targeting",
                store.query("SELECT day || '|' || campaign_start_day || '|' || (campaign_end_day IS NULL) || '|' || status"
                        + " || '|' || budget || '|' || targeting_type FROM ad_campaign_daily"
                        + " WHERE campaign_name = 'Garlic Press - Auto'"));
    }

    @Test
    void a_placement_report_loads_one_row_per_placement() {
        FileSummary summary = store.ingestor().ingest(fixture("console/placement-2026-03-03.csv"));

        assertEquals(Optional.of(ReportKind.SP_PLACEMENT), summary.kind());
        assertEquals(3, summary.loaded());
        assertEquals("impressions=1210 clicks=14 spend=10.47 sales=51.96 orders=2 units=4", totals(summary));
        assertEquals("Dynamic bids - down only|690", store.query("SELECT bidding_strategy || '|' || impressions"
                + " FROM ad_placement_daily WHERE placement = 'Rest of search on Amazon'"));
    }

    @Test
    void loading_each_console_report_a_second_time_changes_nothing() {
        List<String> files = List.of(
                "console/targeting-2026-03-03.csv",
                "console/purchased-product-2026-03-04.csv",
                "console/campaign-2026-03-03.csv",
                "console/placement-2026-03-03.csv");
        files.forEach(file -> store.ingestor().ingest(fixture(file)));

        Map<String, Long> again = new LinkedHashMap<>();
        files.forEach(file -> again.put(file, store.ingestor().ingest(fixture(file)).loaded()));

        assertEquals(Map.of(files.get(0), 0L, files.get(1), 0L, files.get(2), 0L, files.get(3), 0L), again);
        assertEquals("3|2|2|3", store.query("SELECT (SELECT count(*) FROM ad_targeting_daily) || '|'"
                + " || (SELECT count(*) FROM ad_purchased_product_daily) || '|' || (SELECT count(*) FROM ad_campaign_daily)"
                + " || '|' || (SELECT count(*) FROM ad_placement_daily)"));
    }

    static String totals(FileSummary summary) {
        return summary.totals().measures().entrySet().stream()
                .map(e -> e.getKey() + "=" + plain(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() == 1 ? value.setScale(2).toPlainString() : stripped.toPlainString();
    }
}
