package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Sponsored Brands and Sponsored Display campaign reports of the Ads API v3 ({@code sbCampaigns}, {@code
 * sdCampaigns}, grouped by {@code campaign}): both have unsuffixed 14-day {@code sales}, {@code purchases} and {@code
 * unitsSold} (formats doc A2, other ad products), so each is told from the other by a column only it has, from
 * Sponsored Products by that unsuffixed {@code sales}, and otherwise by {@link AdProductName the file's name}.
 */
final class SponsoredCampaigns {
    /** Columns of a finer report (ad group, target, placement, product): not one row per campaign. */
    private static final List<String> FINER = List.of(
            "Ad Group Name", "Targeting", "keyword", "keywordText", "Customer Search Term", "Placement", "promotedAsin",
            "Advertised ASIN", "Purchased ASIN", "matchedTargetAsin", "7 Day Total Sales", "7 Day Total Orders (#)");

    /**
     * Columns of {@code sdCampaigns} that {@code sbCampaigns} lacks (campaign.md of the Ads API v3 reporting guide: the
     * view-through metrics, reach and frequency, the clicks-only promoted sales).
     */
    static final List<String> ONLY_DISPLAY = List.of(
            "impressionsViews", "cumulativeReach", "impressionsFrequencyAverage", "addToCartViews", "addToListFromViews",
            "qualifiedBorrowsFromViews", "royaltyQualifiedBorrowsFromViews", "brandedSearchesViews", "brandedSearchRate",
            "eCPBrandSearch", "salesPromotedClicks", "purchasesPromotedClicks", "newToBrandDetailPageViewClicks",
            "newToBrandDetailPageViewViews");

    /**
     * Columns of {@code sbCampaigns} that {@code sdCampaigns} lacks (the same page: promoted sales, video, the
     * new-to-brand shares, top-of-search share, the budget type).
     */
    static final List<String> ONLY_BRANDS = List.of(
            "salesPromoted", "purchasesPromoted", "video5SecondViews", "video5SecondViewRate", "viewableImpressions",
            "newToBrandSalesPercentage", "newToBrandPurchasesPercentage", "newToBrandUnitsSoldPercentage",
            "newToBrandPurchasesRate", "newToBrandDetailPageViewsClicks", "topOfSearchImpressionShare",
            "campaignBudgetType", "kindleEditionNormalizedPagesRead14d", "kindleEditionNormalizedPagesRoyalties14d");

    private SponsoredCampaigns() {}

    static ReportLayout brands() {
        return layout(ReportKind.SB_CAMPAIGN, "ad_sb_campaign_daily", daily(), ONLY_DISPLAY);
    }

    /** The summary layout ({@code startDate}, {@code endDate}): one row per period, in its own table. */
    static ReportLayout brandsPeriods() {
        return layout(ReportKind.SB_CAMPAIGN, "ad_sb_campaign_period", period(), ONLY_DISPLAY);
    }

    static ReportLayout display() {
        return layout(ReportKind.SD_CAMPAIGN, "ad_sd_campaign_daily", daily(), ONLY_BRANDS);
    }

    static ReportLayout displayPeriods() {
        return layout(ReportKind.SD_CAMPAIGN, "ad_sd_campaign_period", period(), ONLY_BRANDS);
    }

    private static ReportLayout layout(ReportKind kind, String table, List<Column> days, List<String> otherProduct) {
        List<Column> columns = new ArrayList<>(days);
        columns.addAll(List.of(
                optional("currency", ValueType.CURRENCY, "Currency"),
                optional("campaign_id", ValueType.TEXT, "campaignId"),
                required("campaign_name", ValueType.KEY_TEXT, "Campaign Name"),
                optional("status", ValueType.TEXT, "Status"),
                optional("budget", ValueType.MONEY, "Budget"),
                optional("budget_type", ValueType.TEXT, "campaignBudgetType"),
                optional("cost_type", ValueType.TEXT, "costType"),
                required("impressions", ValueType.COUNT, "Impressions"),
                required("clicks", ValueType.COUNT, "Clicks"),
                required("spend", ValueType.MONEY, "cost", "Spend"),
                required("sales", ValueType.MONEY, "sales"),
                required("orders", ValueType.COUNT, "purchases"),
                optional("units", ValueType.COUNT, "unitsSold"),
                optional("new_to_brand_sales", ValueType.MONEY, "newToBrandSales"),
                optional("new_to_brand_orders", ValueType.COUNT, "newToBrandPurchases"),
                optional("new_to_brand_units", ValueType.COUNT, "newToBrandUnitsSold"),
                Column.fromFile("attribution_days", ValueType.SMALL_COUNT, Column.Origin.ATTRIBUTION_DAYS),
                Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID)));
        List<String> excluded = new ArrayList<>(FINER);
        excluded.addAll(otherProduct);
        String first = days.get(0).target();
        return new ReportLayout(
                kind,
                table,
                columns,
                AdvertisingReports.MEASURES,
                Optional.of(first),
                Optional.of(first.equals("day") ? "day" : "last_day"),
                Optional.empty(),
                excluded);
    }

    private static List<Column> daily() {
        return List.of(required("day", ValueType.DATE, "Date"));
    }

    private static List<Column> period() {
        return List.of(
                required("first_day", ValueType.DATE, "Start Date"), required("last_day", ValueType.DATE, "End Date"));
    }
}
