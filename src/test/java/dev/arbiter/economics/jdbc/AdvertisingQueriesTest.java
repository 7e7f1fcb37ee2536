package dev.arbiter.economics.jdbc;

import static dev.arbiter.economics.jdbc.EconomicsQueriesTest.assertMoney;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import dev.arbiter.warehouse.Warehouse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Targets, search terms and product ads read from hand-written rows ({@code garlic_press_three_days.sql}). */
class AdvertisingQueriesTest {
    private static final DateRange THREE_DAYS = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3));

    private final Warehouse warehouse = Warehouse.inMemory();
    private final EconomicsQueries queries = new EconomicsQueries(warehouse.connection());

    @BeforeEach
    void load() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void targets_are_the_bulksheet_entities_that_the_search_term_report_delivered_through() {
        // the unknown "Old Campaign" and the row of 4 March (outside the window) are left out
        List<String> keys = queries.targets(THREE_DAYS).stream().map(t -> t.target().key()).toList();
        assertEquals(List.of("target:2001", "keyword:1002", "keyword:1001"), keys);
    }

    @Test
    void a_keyword_sums_its_delivery_whatever_the_case_of_its_targeting() {
        // 1 March "garlic press" 400/10/7.00/39.90/2 + 2 March "Garlic Press" 100/5/3.50/0/0
        TargetEconomics keyword = target("keyword:1001");
        assertEquals(new TargetRef(TargetRef.Kind.KEYWORD, new CampaignId("1"), new AdGroupId("11"), "1001",
                "Garlic Press - Exact", "Exact AG", "garlic press", "exact"), keyword.target());
        assertEquals(new Sku("GP-01"), keyword.sku());
        assertEquals(500, keyword.impressions());
        assertEquals(15, keyword.clicks());
        assertEquals(2, keyword.orders());
        assertEquals(2, keyword.units());
        assertMoney("10.50", keyword.spend());
        assertMoney("39.90", keyword.sales());
        assertEquals(THREE_DAYS, keyword.window());
    }

    @Test
    void a_target_bids_what_the_latest_bulksheet_says() {
        // 1 February said 2.00; 3 March says 1.00
        assertMoney("1.00", target("keyword:1001").currentBid());
        assertEquals("enabled", target("keyword:1001").state());
    }

    @Test
    void a_target_without_a_bid_of_its_own_bids_its_ad_group_default() {
        TargetEconomics paused = target("keyword:1002");
        assertMoney("0.75", paused.currentBid());
        assertEquals("paused", paused.state());
    }

    @Test
    void an_auto_target_matches_its_expression_and_advertises_the_enabled_product_ad() {
        // ad group 21 holds GP-01 (enabled) and GP-00 (paused): the enabled one is its SKU
        TargetEconomics auto = target("target:2001");
        assertEquals(TargetRef.Kind.PRODUCT_TARGETING, auto.target().kind());
        assertEquals("close-match", auto.target().text());
        assertEquals(new Sku("GP-01"), auto.sku());
        assertMoney("0.60", auto.currentBid());
        // 8 + 4 clicks, 4.00 + 2.00 spent, 19.95 sold in 1 order
        assertEquals(12, auto.clicks());
        assertMoney("6.00", auto.spend());
        assertMoney("19.95", auto.sales());
    }

    @Test
    void search_terms_are_summed_per_ad_group_targeting_and_term() {
        List<String> keys = queries.searchTerms(THREE_DAYS).stream()
                .map(t -> t.adGroupName() + " | " + t.targeting() + " | " + t.matchType() + " | " + t.searchTerm())
                .toList();
        assertEquals(List.of(
                        "Auto AG | close-match | - | garlic tool",
                        "Exact AG | garlic crusher | EXACT | garlic crusher",
                        "Exact AG | garlic press | EXACT | garlic press",
                        "Exact AG | garlic press | EXACT | garlic press stainless"),
                keys);
    }

    @Test
    void a_search_term_carries_its_ad_groups_ids_sku_and_whether_it_ran_automatically() {
        SearchTermStats tool = queries.searchTerms(THREE_DAYS).get(0);
        assertEquals(new CampaignId("2"), tool.campaignId());
        assertEquals(new AdGroupId("21"), tool.adGroupId());
        assertEquals(new Sku("GP-01"), tool.sku());
        assertEquals(true, tool.automatic());
        // 300 + 200 impressions, 8 + 4 clicks, 1 order, 4.00 + 2.00 spent, 19.95 sold
        assertEquals(500, tool.impressions());
        assertEquals(12, tool.clicks());
        assertEquals(1, tool.orders());
        assertMoney("6.00", tool.spend());
        assertMoney("19.95", tool.sales());
        assertEquals(false, queries.searchTerms(THREE_DAYS).get(1).automatic());
    }

    @Test
    void enabled_product_ads_are_those_serving_in_the_latest_bulksheet() {
        // GP-00 is paused, GP-02's ad sits in a paused campaign, ad 999 belongs to the superseded snapshot
        assertEquals(Map.of(new Sku("GP-01"), List.of(
                        new ProductAdRef(new CampaignId("2"), new AdGroupId("21"), "211", "Garlic Press - Auto", "Auto AG"),
                        new ProductAdRef(new CampaignId("1"), new AdGroupId("11"), "111", "Garlic Press - Exact", "Exact AG"))),
                queries.enabledProductAds());
    }

    private TargetEconomics target(String key) {
        return queries.targets(THREE_DAYS).stream()
                .filter(t -> t.target().key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target " + key));
    }
}
