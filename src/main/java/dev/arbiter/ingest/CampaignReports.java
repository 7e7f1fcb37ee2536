package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The other Sponsored Products console reports (formats doc A1.2 targeting, A1.4 purchased product, A1.5 placement, A1.6
 * campaign), 7-day seller and 14-day vendor headers alike; targeting and purchased product also in the summary layout.
 */
final class CampaignReports {
    private static final Column DAY = required("day", ValueType.DATE, "Date");
    private static final List<Column> PERIOD = List.of(
            required("first_day", ValueType.DATE, "Start Date"), required("last_day", ValueType.DATE, "End Date"));
    private static final Column PORTFOLIO = optional("portfolio_name", ValueType.TEXT, "Portfolio name");
    private static final Column CURRENCY = optional("currency", ValueType.CURRENCY, "Currency");
    private static final Column CAMPAIGN = required("campaign_name", ValueType.KEY_TEXT, "Campaign Name");
    private static final Column AD_GROUP = required("ad_group_name", ValueType.KEY_TEXT, "Ad Group Name");
    private static final Column TARGETING = required("targeting", ValueType.KEY_TEXT, "Targeting", "keyword");
    private static final Column MATCH_TYPE = required("match_type", ValueType.KEY_TEXT, "Match Type");
    private static final Column IMPRESSIONS = required("impressions", ValueType.COUNT, "Impressions");
    private static final Column CLICKS = required("clicks", ValueType.COUNT, "Clicks");
    private static final Column SPEND = required("spend", ValueType.MONEY, "Spend", "cost");
    private static final Column SALES = required("sales", ValueType.MONEY, "7 Day Total Sales");
    private static final Column ORDERS = required("orders", ValueType.COUNT, "7 Day Total Orders (#)");
    private static final Column UNITS = required("units", ValueType.COUNT, "7 Day Total Units (#)");
    private static final Column WINDOW = Column.fromFile("attribution_days", ValueType.SMALL_COUNT, Column.Origin.ATTRIBUTION_DAYS);
    private static final Column FILE_ID = Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID);

    private CampaignReports() {}

    /** One row per day, campaign, ad group, target and match type; zero-impression rows are real and kept. */
    static ReportLayout targeting() {
        return targeting("ad_targeting_daily", List.of(DAY));
    }

    /** The summary layout ({@code Start Date}, {@code End Date}): one row per period, in its own table. */
    static ReportLayout targetingPeriods() {
        return targeting("ad_targeting_period", PERIOD);
    }

    /** Sales of other products after a click on an advertised one: only the halo, so its totals are halo sales. */
    static ReportLayout purchasedProduct() {
        return purchasedProduct("ad_purchased_product_daily", List.of(DAY));
    }

    /** The summary layout of the purchased product report, in its own table. */
    static ReportLayout purchasedProductPeriods() {
        return purchasedProduct("ad_purchased_product_period", PERIOD);
    }

    private static ReportLayout targeting(String table, List<Column> days) {
        List<Column> columns = new ArrayList<>(days);
        columns.addAll(List.of(
                PORTFOLIO, CURRENCY, CAMPAIGN, AD_GROUP, TARGETING, MATCH_TYPE, IMPRESSIONS, CLICKS, SPEND, SALES,
                ORDERS, UNITS));
        columns.add(optional(
                "advertised_sku_units", ValueType.COUNT, "7 Day Advertised SKU Units (#)", "14 Day Advertised ASIN Units (#)"));
        columns.add(optional("other_sku_units", ValueType.COUNT, "7 Day Other SKU Units (#)", "14 Day Brand Halo ASIN Units (#)"));
        columns.add(optional(
                "advertised_sku_sales", ValueType.MONEY, "7 Day Advertised SKU Sales", "14 Day Advertised ASIN Sales"));
        columns.add(optional("other_sku_sales", ValueType.MONEY, "7 Day Other SKU Sales", "14 Day Brand Halo ASIN Sales"));
        columns.add(WINDOW);
        columns.add(FILE_ID);
        return layout(ReportKind.SP_TARGETING, table, columns, "impressions", "clicks", "spend", "sales", "orders",
                "units");
    }

    private static ReportLayout purchasedProduct(String table, List<Column> days) {
        List<Column> columns = new ArrayList<>(days);
        columns.addAll(List.of(
                PORTFOLIO,
                CURRENCY,
                CAMPAIGN,
                AD_GROUP,
                optional("sku", ValueType.TEXT, "Advertised SKU"),
                required("asin", ValueType.KEY_TEXT, "Advertised ASIN"),
                TARGETING,
                MATCH_TYPE,
                required("purchased_asin", ValueType.KEY_TEXT, "Purchased ASIN"),
                required("units", ValueType.COUNT, "7 Day Other SKU Units (#)", "14 Day Brand Halo ASIN Units (#)"),
                required("orders", ValueType.COUNT, "7 Day Other SKU Orders (#)", "14 Day Brand Halo ASIN Orders (#)"),
                required("sales", ValueType.MONEY, "7 Day Other SKU Sales", "14 Day Brand Halo ASIN Sales"),
                WINDOW,
                FILE_ID));
        return layout(ReportKind.SP_PURCHASED_PRODUCT, table, columns, "sales", "orders", "units");
    }

    /** One row per day and campaign; {@code Start Date} and {@code End Date} are the campaign's own, not a period. */
    static ReportLayout campaign() {
        List<Column> columns = List.of(
                DAY,
                optional("campaign_start_day", ValueType.DATE, "Start Date"),
                optional("campaign_end_day", ValueType.DATE, "End Date"),
                PORTFOLIO,
                optional("campaign_type", ValueType.TEXT, "Campaign Type"),
                CAMPAIGN,
                optional("status", ValueType.TEXT, "Status"),
                CURRENCY,
                optional("budget", ValueType.MONEY, "Budget"),
                optional("targeting_type", ValueType.TEXT, "Targeting Type"),
                optional("bidding_strategy", ValueType.TEXT, "Bidding strategy"),
                IMPRESSIONS,
                CLICKS,
                SPEND,
                SALES,
                ORDERS,
                WINDOW,
                FILE_ID);
        // an Ads API campaign report has no campaign type: without it, the finer reports' own columns tell them apart
        return layout(ReportKind.SP_CAMPAIGN, "ad_campaign_daily", columns, List.of(
                "Ad Group Name", "Targeting", "keyword", "Customer Search Term", "Advertised ASIN", "Placement",
                "Purchased ASIN"), "impressions", "clicks", "spend", "sales", "orders");
    }

    /** One row per day, campaign and placement (top of search, rest of search, product pages). */
    static ReportLayout placement() {
        List<Column> columns = List.of(
                DAY,
                PORTFOLIO,
                CURRENCY,
                CAMPAIGN,
                optional("bidding_strategy", ValueType.TEXT, "Bidding strategy"),
                required("placement", ValueType.KEY_TEXT, "Placement"),
                IMPRESSIONS,
                CLICKS,
                SPEND,
                SALES,
                ORDERS,
                UNITS,
                WINDOW,
                FILE_ID);
        return layout(ReportKind.SP_PLACEMENT, "ad_placement_daily", columns, "impressions", "clicks", "spend", "sales",
                "orders", "units");
    }

    private static ReportLayout layout(ReportKind kind, String table, List<Column> columns, String... measures) {
        return layout(kind, table, columns, List.of(), measures);
    }

    private static ReportLayout layout(
            ReportKind kind, String table, List<Column> columns, List<String> excluded, String... measures) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String measure : measures) {
            sums.put(measure, measure);
        }
        String first = columns.get(0).target();
        return new ReportLayout(
                kind,
                table,
                columns,
                Collections.unmodifiableMap(sums),
                Optional.of(first),
                Optional.of(first.equals("day") ? "day" : "last_day"),
                Optional.empty(),
                excluded);
    }
}
