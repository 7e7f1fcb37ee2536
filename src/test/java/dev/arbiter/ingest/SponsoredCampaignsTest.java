package dev.arbiter.ingest;

import static dev.arbiter.ingest.ConsoleReportsTest.totals;
import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Sponsored Brands and Sponsored Display campaign reports of the Ads API v3, told apart by columns, else by name. */
class SponsoredCampaignsTest {
    private static final String SHARED_COLUMNS = "[{\"date\":\"2026-03-03\",\"campaignName\":\"Brand - Garlic Tools\","
            + "\"impressions\":5100,\"clicks\":39,\"cost\":29.25,\"sales\":129.90,\"purchases\":5";

    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(IngestorTest.TODAY);

    @TempDir
    Path folder;

    @Test
    void a_gzipped_sponsored_brands_report_is_known_by_its_promoted_sales_and_keeps_new_to_brand_and_budget() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sb-campaigns-2026-03-02.json.gz"));

        assertEquals(Optional.of(ReportKind.SB_CAMPAIGN), summary.kind());
        assertEquals(List.of(), summary.errors());
        assertEquals(2, summary.loaded());
        assertEquals("impressions=17400 clicks=60 spend=45.70 sales=181.86 orders=7 units=9", totals(summary));
        assertEquals("144410000000001|ENABLED|30.000000|DAILY|CPC|77.940000|3|3|USD|14", store.query("SELECT campaign_id"
                + " || '|' || status || '|' || budget || '|' || budget_type || '|' || cost_type || '|' || new_to_brand_sales"
                + " || '|' || new_to_brand_orders || '|' || new_to_brand_units || '|' || currency || '|' || attribution_days"
                + " FROM ad_sb_campaign_daily WHERE campaign_name = 'Brand - Garlic Tools'"));
    }

    @Test
    void a_sponsored_display_report_is_known_by_its_view_through_columns() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sd-campaigns-2026-03-02.json"));

        assertEquals(Optional.of(ReportKind.SD_CAMPAIGN), summary.kind());
        assertEquals("impressions=8800 clicks=11 spend=9.90 sales=51.96 orders=2 units=4", totals(summary));
        assertEquals("255520000000001|vcpm|12.990000|14", store.query("SELECT campaign_id || '|' || cost_type || '|'"
                + " || new_to_brand_sales || '|' || attribution_days FROM ad_sd_campaign_daily"));
        assertEquals("0", store.query("SELECT count(*) FROM ad_sb_campaign_daily"));
    }

    @Test
    void a_csv_with_only_shared_columns_named_sb_campaigns_is_sponsored_brands() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sbCampaigns-2026-03-03.csv"));

        assertEquals(Optional.of(ReportKind.SB_CAMPAIGN), summary.kind());
        assertEquals("impressions=16900 clicks=54 spend=41.85 sales=129.90 orders=5 units=5", totals(summary));
        assertEquals("2", store.query("SELECT count(*) FROM ad_sb_campaign_daily WHERE day = DATE '2026-03-03'"));
    }

    @Test
    void a_csv_with_only_shared_columns_whose_name_starts_with_sd_is_sponsored_display() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sd-campaigns-2026-03-03.csv"));

        assertEquals(Optional.of(ReportKind.SD_CAMPAIGN), summary.kind());
        assertEquals("impressions=9100 clicks=12 spend=10.80 sales=38.97 orders=1 units=3", totals(summary));
    }

    @Test
    void shared_columns_under_a_name_that_tells_neither_are_refused_saying_what_to_do() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/campaigns-2026-03-03.json"));

        assertTrue(summary.rejected());
        assertEquals(
                List.of("campaigns-2026-03-03.json: the columns fit both a Sponsored Brands campaign report (sbCampaigns)"
                        + " and a Sponsored Display campaign report (sdCampaigns), and the file name names neither; rename"
                        + " the file to start with sb- or sd- (or to contain sbCampaigns or sdCampaigns), or request a"
                        + " column only one of them has: salesPromoted or topOfSearchImpressionShare for Sponsored Brands,"
                        + " impressionsViews or salesPromotedClicks for Sponsored Display"),
                summary.errors().stream().map(Problem::render).toList());
        assertEquals("0|0", store.query("SELECT (SELECT count(*) FROM ad_sb_campaign_daily) || '|'"
                + " || (SELECT count(*) FROM ad_sd_campaign_daily)"));
    }

    @Test
    void a_column_only_display_has_outweighs_a_name_that_says_brands() throws IOException {
        Path file = write("sb-campaigns-2026-03-03.json", SHARED_COLUMNS + ",\"impressionsViews\":4000}]");

        FileSummary summary = store.ingestor().ingest(file);

        assertEquals(Optional.of(ReportKind.SD_CAMPAIGN), summary.kind());
    }

    @Test
    void a_header_with_columns_only_each_product_has_is_refused_naming_both() throws IOException {
        Path file = write("sb-campaigns-2026-03-03.json", SHARED_COLUMNS + ",\"salesPromoted\":129.90,\"impressionsViews\":4000}]");

        FileSummary summary = store.ingestor().ingest(file);

        assertEquals(
                List.of("sb-campaigns-2026-03-03.json: the header has 'salesPromoted', a column only a Sponsored Brands"
                        + " campaign report has, and 'impressionsViews', a column only a Sponsored Display campaign report"
                        + " has; request sbCampaigns and sdCampaigns as two reports and ingest each file"),
                summary.errors().stream().map(Problem::render).toList());
    }

    @Test
    void a_sponsored_products_campaign_report_with_suffixed_sales_stays_sponsored_products() throws IOException {
        Path file = write("sb-campaigns-2026-03-03.json", "[{\"date\":\"2026-03-03\",\"campaignName\":\"Garlic Press - Exact\","
                + "\"impressions\":10,\"clicks\":1,\"cost\":0.80,\"sales7d\":12.99,\"purchases7d\":1}]");

        FileSummary summary = store.ingestor().ingest(file);

        assertEquals(Optional.of(ReportKind.SP_CAMPAIGN), summary.kind());
    }

    @Test
    void a_newer_report_replaces_the_same_day_and_campaign() {
        store.ingestor().ingest(fixture("api_v3/sb-campaigns-2026-03-02.json.gz"));

        FileSummary newer = store.ingestor().ingest(fixture("api_v3/sb-campaigns-2026-03-02-newer.json"));

        assertEquals(1, newer.loaded());
        assertEquals(1, newer.replaced());
        assertEquals("2|47.200000", store.query("SELECT count(*) || '|' || sum(spend) FROM ad_sb_campaign_daily"));
    }

    @Test
    void a_gzipped_display_summary_report_loads_its_period_into_its_own_table() {
        FileSummary summary = store.ingestor().ingest(fixture("api_v3/sdCampaigns-summary-2026-03-01.json.gz"));

        assertEquals(Optional.of(ReportKind.SD_CAMPAIGN), summary.kind());
        assertEquals("impressions=61000 clicks=80 spend=70.15 sales=311.76 orders=12 units=20", totals(summary));
        assertEquals("2026-03-01|2026-03-07|0", store.query("SELECT first_day || '|' || last_day || '|'"
                + " || (SELECT count(*) FROM ad_sd_campaign_daily) FROM ad_sd_campaign_period"));
    }

    @Test
    void a_newer_summary_replaces_the_same_period_and_campaign() throws IOException {
        store.ingestor().ingest(fixture("api_v3/sdCampaigns-summary-2026-03-01.json.gz"));
        Path newer = write("sdCampaigns-summary-2026-03-01-newer.json", "[{\"startDate\":\"2026-03-01\","
                + "\"endDate\":\"2026-03-07\",\"campaignName\":\"Display - Retargeting\",\"impressions\":61500,"
                + "\"clicks\":81,\"cost\":70.95,\"sales\":311.76,\"purchases\":12,\"impressionsViews\":42300}]");

        FileSummary summary = store.ingestor().ingest(newer);

        assertEquals(1, summary.replaced());
        assertEquals("1|70.950000", store.query("SELECT count(*) || '|' || sum(spend) FROM ad_sd_campaign_period"));
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json + "\n", StandardCharsets.UTF_8);
    }
}
