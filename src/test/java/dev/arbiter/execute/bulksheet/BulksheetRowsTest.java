package dev.arbiter.execute.bulksheet;

import static dev.arbiter.execute.AdActions.aBudgetCutOutsideAnyPortfolio;
import static dev.arbiter.execute.AdActions.aBudgetRaiseInAPortfolio;
import static dev.arbiter.execute.AdActions.aKeywordBidCut;
import static dev.arbiter.execute.AdActions.aNegative;
import static dev.arbiter.execute.AdActions.aPauseOfTwoAds;
import static dev.arbiter.execute.AdActions.aResumeOfTwoAds;
import static dev.arbiter.execute.AdActions.aProductTargetBidRaise;
import static dev.arbiter.execute.AdActions.anOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Action;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulksheetRowsTest {

    @Test
    void the_header_is_the_26_template_columns_in_order() {
        assertEquals(List.of("Product", "Entity", "Operation", "Campaign ID", "Ad Group ID", "Portfolio ID", "Ad ID",
                "Keyword ID", "Product Targeting ID", "Campaign Name", "Ad Group Name", "Start Date", "End Date",
                "Targeting Type", "State", "Daily Budget", "SKU", "ASIN", "Ad Group Default Bid", "Bid",
                "Keyword Text", "Match Type", "Bidding Strategy", "Placement", "Percentage",
                "Product Targeting Expression"), BulksheetRow.headers());
    }

    @Test
    void a_keyword_bid_change_updates_the_keyword_with_its_bid_at_two_decimals() {
        assertRows(BulksheetRows.of(aKeywordBidCut()),
                "Sponsored Products,Keyword,Update,123456789012345,234567890123456,,,345678901234567,,,,,,,enabled,,,,,0.64,,,,,,");
    }

    @Test
    void a_product_target_bid_change_updates_the_product_targeting_row() {
        assertRows(BulksheetRows.of(aProductTargetBidRaise()),
                "Sponsored Products,Product targeting,Update,123456789012345,234567890123456,,,,567890123456789,,,,,,enabled,,,,,0.60,,,,,,");
    }

    @Test
    void pausing_ads_gives_one_paused_product_ad_row_per_ad() {
        assertRows(BulksheetRows.of(aPauseOfTwoAds()),
                "Sponsored Products,Product ad,Update,123456789012345,234567890123456,,456789012345601,,,,,,,,paused,,,,,,,,,,,",
                "Sponsored Products,Product ad,Update,123456789012399,234567890123499,,456789012345602,,,,,,,,paused,,,,,,,,,,,");
    }

    @Test
    void resuming_ads_gives_one_enabled_product_ad_row_per_ad() {
        assertRows(BulksheetRows.of(aResumeOfTwoAds()),
                "Sponsored Products,Product ad,Update,123456789012345,234567890123456,,456789012345601,,,,,,,,enabled,,,,,,,,,,,",
                "Sponsored Products,Product ad,Update,123456789012399,234567890123499,,456789012345602,,,,,,,,enabled,,,,,,,,,,,");
    }

    @Test
    void a_negative_keyword_creates_an_enabled_negative_exact() {
        assertRows(BulksheetRows.of(aNegative("garlic crusher")),
                "Sponsored Products,Negative keyword,Create,123456789012345,234567890123456,,,,,,,,,,enabled,,,,,,garlic crusher,negativeExact,,,,");
    }

    @Test
    void a_budget_change_repeats_the_portfolio_and_the_end_date() {
        assertRows(BulksheetRows.of(aBudgetRaiseInAPortfolio()),
                "Sponsored Products,Campaign,Update,123456789012345,,456789012345678,,,,,,,20261231,,enabled,35.00,,,,,,,,,,");
    }

    @Test
    void a_budget_change_outside_a_portfolio_leaves_portfolio_and_end_date_blank() {
        assertRows(BulksheetRows.of(aBudgetCutOutsideAnyPortfolio()),
                "Sponsored Products,Campaign,Update,123456789012345,,,,,,,,,,,enabled,24.50,,,,,,,,,,");
    }

    @Test
    void restock_orders_are_not_ad_actions_and_give_no_row() {
        List<Action> actions = List.of(anOrder("GP-01", "Acme", 10, "2.00", "cover"), aKeywordBidCut());

        List<BulksheetRow> rows = BulksheetRows.of(actions);

        assertEquals(1, rows.size());
        assertEquals("Keyword", rows.get(0).value(BulksheetColumn.ENTITY));
    }

    /** Expected rows are written as CSV lines, as formats doc B7 shows them; no cell here holds a comma. */
    private static void assertRows(List<BulksheetRow> actual, String... expected) {
        assertEquals(expected.length, actual.size(), "rows");
        for (int i = 0; i < expected.length; i++) {
            List<String> cells = actual.get(i).cells();
            assertEquals(26, cells.size());
            assertEquals(Arrays.asList(expected[i].split(",", -1)), cells, "row " + (i + 1));
        }
    }
}
