package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two tabs of a Sponsored Products bulksheet download Arbiter keeps (formats doc B2, B6): the account's entities
 * with their ids, bids, budgets and states, and its portfolios. Bulksheets 2.0 names first; the deprecated v1 names
 * ({@code Record Type}, {@code Max Bid}, {@code Status}) as synonyms so old downloads still read.
 */
final class BulksheetReports {
    private static final Column SNAPSHOT_DAY = Column.fromFile("snapshot_day", ValueType.DATE, Column.Origin.FILE_DAY);
    private static final Column FILE_ID = Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID);

    private BulksheetReports() {}

    static ReportLayout campaigns() {
        return new ReportLayout(
                ReportKind.SP_BULKSHEET,
                "ad_entity",
                List.of(
                        SNAPSHOT_DAY,
                        required("entity", ValueType.KEY_TEXT, "Entity", "Record Type"),
                        required("campaign_id", ValueType.TEXT, "Campaign ID"),
                        optional("ad_group_id", ValueType.TEXT, "Ad Group ID"),
                        optional("portfolio_id", ValueType.TEXT, "Portfolio ID"),
                        optional("ad_id", ValueType.TEXT, "Ad ID", "Ad ID (Read only)"),
                        optional("keyword_id", ValueType.TEXT, "Keyword ID", "Keyword ID (Read only)"),
                        optional(
                                "product_targeting_id",
                                ValueType.TEXT,
                                "Product Targeting ID",
                                "Product Targeting ID (Read only)"),
                        optional(
                                "campaign_name", ValueType.TEXT, "Campaign Name", "Campaign Name (Informational only)", "Campaign"),
                        optional(
                                "ad_group_name", ValueType.TEXT, "Ad Group Name", "Ad Group Name (Informational only)", "Ad Group"),
                        optional("portfolio_name", ValueType.TEXT, "Portfolio Name (Informational only)"),
                        optional("start_date", ValueType.DATE, "Start Date", "Campaign Start Date"),
                        optional("end_date", ValueType.DATE, "End Date", "Campaign End Date"),
                        optional("targeting_type", ValueType.TEXT, "Targeting Type", "Campaign Targeting Type"),
                        optional("state", ValueType.TEXT, "State", "Status"),
                        optional("daily_budget", ValueType.MONEY, "Daily Budget", "Campaign Daily Budget"),
                        optional("sku", ValueType.TEXT, "SKU"),
                        optional("asin", ValueType.TEXT, "ASIN", "ASIN (Informational only)"),
                        optional("ad_group_default_bid", ValueType.MONEY, "Ad Group Default Bid"),
                        optional("bid", ValueType.MONEY, "Bid", "Max Bid"),
                        optional("keyword_text", ValueType.TEXT, "Keyword Text", "Keyword or Product Targeting"),
                        optional("match_type", ValueType.TEXT, "Match Type"),
                        optional("bidding_strategy", ValueType.TEXT, "Bidding Strategy"),
                        optional("placement", ValueType.TEXT, "Placement", "Placement Type"),
                        optional("percentage", ValueType.SMALL_COUNT, "Percentage", "Increase bids by placement"),
                        optional("product_targeting_expression", ValueType.TEXT, "Product Targeting Expression"),
                        Column.fromFile("currency", ValueType.CURRENCY, Column.Origin.FILE_CURRENCY),
                        FILE_ID),
                Map.of(),
                Optional.of("snapshot_day"),
                Optional.of("snapshot_day"),
                Optional.of(NameDay.EPOCH_OR_ISO_OR_TODAY),
                List.of("Landing Page Url", "Brand Entity ID", "Headline", "Creative ASINs", "Budget Type"));
    }

    static ReportLayout portfolios() {
        return new ReportLayout(
                ReportKind.SP_BULKSHEET,
                "ad_portfolio",
                List.of(
                        SNAPSHOT_DAY,
                        required("portfolio_id", ValueType.KEY_TEXT, "Portfolio ID", "Record ID"),
                        required("portfolio_name", ValueType.KEY_TEXT, "Portfolio Name"),
                        optional("budget_amount", ValueType.MONEY, "Budget Amount", "Budget"),
                        optional("budget_currency", ValueType.TEXT, "Budget Currency", "Currency Code"),
                        required("budget_policy", ValueType.TEXT, "Budget Policy", "Budgeting Policy"),
                        optional("budget_start", ValueType.DATE, "Budget Start Date"),
                        optional("budget_end", ValueType.DATE, "Budget End Date"),
                        FILE_ID),
                Map.of(),
                Optional.of("snapshot_day"),
                Optional.of("snapshot_day"),
                Optional.of(NameDay.EPOCH_OR_ISO_OR_TODAY),
                List.of());
    }
}
