package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Sponsored Products console reports (formats doc A1.1, A1.3), daily layout, 7-day seller and 14-day vendor
 * headers alike ({@link HeaderName} folds the window and the currency suffix away).
 */
final class AdvertisingReports {
    private AdvertisingReports() {}

    /** Totals of an ads report, in the order the brief fixes. */
    static final Map<String, String> MEASURES = measures();

    static ReportLayout searchTerm() {
        return searchTerm("ad_search_term_daily", daily());
    }

    /** The summary layout ({@code Start Date}, {@code End Date}): one row per period, in its own table. */
    static ReportLayout searchTermPeriods() {
        return searchTerm("ad_search_term_period", period());
    }

    static ReportLayout advertisedProduct() {
        return advertisedProduct("ad_advertised_product_daily", daily());
    }

    static ReportLayout advertisedProductPeriods() {
        return advertisedProduct("ad_advertised_product_period", period());
    }

    private static ReportLayout searchTerm(String table, List<Column> days) {
        List<Column> columns = new ArrayList<>(days);
        columns.addAll(head());
        columns.add(required("targeting", ValueType.KEY_TEXT, "Targeting", "keyword"));
        columns.add(required("match_type", ValueType.KEY_TEXT, "Match Type"));
        columns.add(required("search_term", ValueType.KEY_TEXT, "Customer Search Term"));
        columns.addAll(performance());
        return layout(ReportKind.SP_SEARCH_TERM, table, columns);
    }

    private static ReportLayout advertisedProduct(String table, List<Column> days) {
        List<Column> columns = new ArrayList<>(days);
        columns.addAll(head());
        columns.add(optional("sku", ValueType.TEXT, "Advertised SKU"));
        columns.add(required("asin", ValueType.KEY_TEXT, "Advertised ASIN"));
        columns.addAll(performance());
        return layout(ReportKind.SP_ADVERTISED_PRODUCT, table, columns);
    }

    private static ReportLayout layout(ReportKind kind, String table, List<Column> columns) {
        String first = columns.get(0).target();
        String last = columns.get(0).target().equals("day") ? "day" : "last_day";
        return new ReportLayout(
                kind, table, columns, MEASURES, Optional.of(first), Optional.of(last), Optional.empty(), List.of());
    }

    private static List<Column> daily() {
        return List.of(required("day", ValueType.DATE, "Date"));
    }

    private static List<Column> period() {
        return List.of(
                required("first_day", ValueType.DATE, "Start Date"), required("last_day", ValueType.DATE, "End Date"));
    }

    private static List<Column> head() {
        return List.of(
                optional("portfolio_name", ValueType.TEXT, "Portfolio name"),
                optional("currency", ValueType.CURRENCY, "Currency"),
                required("campaign_name", ValueType.KEY_TEXT, "Campaign Name"),
                required("ad_group_name", ValueType.KEY_TEXT, "Ad Group Name"));
    }

    private static List<Column> performance() {
        return List.of(
                required("impressions", ValueType.COUNT, "Impressions"),
                required("clicks", ValueType.COUNT, "Clicks"),
                required("spend", ValueType.MONEY, "Spend", "cost"),
                required("sales", ValueType.MONEY, "7 Day Total Sales"),
                required("orders", ValueType.COUNT, "7 Day Total Orders (#)"),
                required("units", ValueType.COUNT, "7 Day Total Units (#)"),
                optional(
                        "advertised_sku_units",
                        ValueType.COUNT,
                        "7 Day Advertised SKU Units (#)",
                        "14 Day Advertised ASIN Units (#)"),
                optional("other_sku_units", ValueType.COUNT, "7 Day Other SKU Units (#)", "14 Day Brand Halo ASIN Units (#)"),
                optional(
                        "advertised_sku_sales", ValueType.MONEY, "7 Day Advertised SKU Sales", "14 Day Advertised ASIN Sales"),
                optional("other_sku_sales", ValueType.MONEY, "7 Day Other SKU Sales", "14 Day Brand Halo ASIN Sales"),
                Column.fromFile("attribution_days", ValueType.SMALL_COUNT, Column.Origin.ATTRIBUTION_DAYS),
                Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID));
    }

    private static Map<String, String> measures() {
        Map<String, String> measures = new LinkedHashMap<>();
        for (String name : List.of("impressions", "clicks", "spend", "sales", "orders", "units")) {
            measures.put(name, name);
        }
        return java.util.Collections.unmodifiableMap(measures);
    }
}
