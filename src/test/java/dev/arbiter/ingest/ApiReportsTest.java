package dev.arbiter.ingest;

import static dev.arbiter.ingest.ConsoleReportsTest.totals;
import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sponsored Products reports from the Ads API v3 (formats doc A2), gzipped JSON and CSV, into the console tables. */
class ApiReportsTest {
    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(IngestorTest.TODAY);

    @Test
    void the_formats_docs_gzipped_search_term_response_loads_into_the_console_search_term_table() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-search-term-2026-03-01.json.gz"));

        assertEquals(Optional.of(ReportKind.SP_SEARCH_TERM), summary.kind());
        assertEquals(List.of(), summary.errors());
        assertEquals(2, summary.loaded());
        assertEquals("impressions=463 clicks=10 spend=6.94 sales=25.98 orders=1 units=2", totals(summary));
        assertEquals(
                "2026-03-01|Garlic Press - Exact|garlic press|EXACT|6.390000|2|25.980000|USD|7",
                store.query("SELECT day || '|' || campaign_name || '|' || targeting || '|' || match_type || '|' || spend"
                        + " || '|' || advertised_sku_units || '|' || advertised_sku_sales || '|' || currency || '|'"
                        + " || attribution_days FROM ad_search_term_daily WHERE search_term = 'garlic press stainless'"));
        assertEquals("close-match|TARGETING_EXPRESSION_PREDEFINED", store.query(
                "SELECT targeting || '|' || match_type FROM ad_search_term_daily WHERE search_term = '*'"));
    }

    @Test
    void a_targeting_report_in_csv_with_v3_column_names_takes_its_14_day_window_from_the_metric_names() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-targeting-2026-03-02.csv"));

        assertEquals(Optional.of(ReportKind.SP_TARGETING), summary.kind());
        assertEquals(2, summary.loaded());
        assertEquals("impressions=1210 clicks=14 spend=9.52 sales=51.96 orders=2 units=4", totals(summary));
        assertEquals("garlic press|14", store.query("SELECT targeting || '|' || attribution_days FROM ad_targeting_daily"
                + " WHERE campaign_name = 'Garlic Press - Exact'"));
    }

    @Test
    void an_advertised_product_report_keeps_the_sku_and_the_same_and_other_sku_split() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-advertised-product-2026-03-02.json"));

        assertEquals(Optional.of(ReportKind.SP_ADVERTISED_PRODUCT), summary.kind());
        assertEquals("impressions=2162 clicks=26 spend=17.66 sales=77.94 orders=3 units=6", totals(summary));
        assertEquals("GP-SS-01|B0CHILD001|5|1|64.950000|12.990000", store.query("SELECT sku || '|' || asin || '|'"
                + " || advertised_sku_units || '|' || other_sku_units || '|' || advertised_sku_sales || '|'"
                + " || other_sku_sales FROM ad_advertised_product_daily WHERE clicks = 23"));
    }

    @Test
    void a_purchased_product_report_reads_its_keyword_as_the_target() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-purchased-product-2026-03-02.json"));

        assertEquals(Optional.of(ReportKind.SP_PURCHASED_PRODUCT), summary.kind());
        assertEquals("sales=12.99 orders=1 units=1", totals(summary));
        assertEquals("garlic press|B0CHILD002", store.query(
                "SELECT targeting || '|' || purchased_asin FROM ad_purchased_product_daily"));
    }

    @Test
    void a_campaign_report_has_no_campaign_type_and_keeps_status_budget_and_bidding_strategy() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-campaigns-2026-03-02.json"));

        assertEquals(Optional.of(ReportKind.SP_CAMPAIGN), summary.kind());
        assertEquals("impressions=1820 clicks=31 spend=21.70 sales=103.96 orders=4", totals(summary));
        assertEquals("true|PAUSED|10.000000|autoForSales", store.query("SELECT (campaign_type IS NULL) || '|' || status"
                + " || '|' || budget || '|' || bidding_strategy FROM ad_campaign_daily"
                + " WHERE campaign_name = 'Garlic Press - Auto'"));
    }

    @Test
    void a_bad_row_is_quarantined_with_its_position_in_the_array_as_its_line() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-search-term-bad-rows.json"));

        assertEquals(2, summary.loaded());
        assertEquals(1, summary.quarantined());
        assertEquals(
                List.of("sp-search-term-bad-rows.json:2:8: clicks cannot be negative (value '-2'); fix the row or"
                        + " re-download the report"),
                summary.errors().stream().map(Problem::render).toList());
    }

    @Test
    void a_truncated_response_loads_nothing_and_says_where_the_json_breaks() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-search-term-truncated.json"));

        assertTrue(summary.rejected());
        assertEquals(
                List.of("sp-search-term-truncated.json:2:101: the JSON is malformed (Unexpected end-of-input in VALUE_STRING);"
                        + " download the report again from the Ads API (it is gzipped JSON)"),
                summary.errors().stream().map(Problem::render).toList());
        assertEquals("0", store.query("SELECT count(*) FROM ad_search_term_daily"));
    }

    @Test
    void an_empty_response_is_refused_as_having_no_rows() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-search-term-empty.json"));

        assertEquals(
                List.of("sp-search-term-empty.json: the Ads API report is an empty array: it has no rows; request it for a"
                        + " period with activity"),
                summary.errors().stream().map(Problem::render).toList());
    }

    @Test
    void a_search_term_response_without_ad_group_names_is_refused_naming_the_column_to_request() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sp-search-term-without-ad-group-names.json"));

        assertEquals(
                List.of("sp-search-term-without-ad-group-names.json: looks like a Sponsored Products search term report but"
                        + " is missing the column 'Ad Group Name'; download the report again with all its columns"),
                summary.errors().stream().map(Problem::render).toList());
    }

    @Test
    void a_sponsored_display_advertised_product_report_loads_per_promoted_sku_with_its_14_day_window() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sd-advertised-product-2026-03-02.json"));

        assertEquals(Optional.of(ReportKind.SD_ADVERTISED_PRODUCT), summary.kind());
        assertEquals("impressions=6100 clicks=13 spend=8.45 sales=38.97 orders=2 units=3", totals(summary));
        assertEquals("GP-SS-01|B0CHILD001|7.800000|14", store.query("SELECT sku || '|' || asin || '|' || spend || '|'"
                + " || attribution_days FROM ad_sd_advertised_product_daily WHERE clicks = 12"));
    }
}
