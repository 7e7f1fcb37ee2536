package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files that are not Amazon's: our catalog ({@code sku,asin,title,category,unit_cost,currency,lead_time_days,
 * supplier,objective[,case_pack]}), what Amazon does not know about a SKU, and our reviews and ratings file ({@code
 * date,sku,asin,marketplace,rating,ratings_count,reviews_count}), what a review tool read on a product page.
 */
final class OwnReports {
    private OwnReports() {}

    static ReportLayout catalog() {
        return new ReportLayout(
                ReportKind.CATALOG,
                "catalog_item",
                List.of(
                        required("sku", ValueType.KEY_TEXT, "sku"),
                        optional("asin", ValueType.TEXT, "asin"),
                        optional("title", ValueType.TEXT, "title"),
                        required("category", ValueType.KEY_TEXT, "category"),
                        required("unit_cost", ValueType.MONEY, "unit_cost"),
                        required("currency", ValueType.CURRENCY, "currency"),
                        required("lead_time_days", ValueType.SMALL_COUNT, "lead_time_days"),
                        required("supplier", ValueType.KEY_TEXT, "supplier"),
                        required("objective", ValueType.OBJECTIVE, "objective"),
                        Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID),
                        // added by migration V33, so it follows file_id in the table
                        optional("case_pack", ValueType.SMALL_COUNT, "case_pack")),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    /** A SKU's average stars and cumulative counts on a day; ASIN, marketplace and the written-review count are optional. */
    static ReportLayout ratings() {
        return new ReportLayout(
                ReportKind.RATINGS,
                "sku_rating_daily",
                List.of(
                        required("day", ValueType.DATE, "date", "day"),
                        required("sku", ValueType.KEY_TEXT, "sku", "seller sku", "seller-sku"),
                        optional("asin", ValueType.TEXT, "asin"),
                        optional("marketplace", ValueType.MARKETPLACE, "marketplace"),
                        required("rating", ValueType.STARS, "rating", "average rating", "star rating"),
                        required("ratings_count", ValueType.COUNT, "ratings_count", "ratings count", "ratings",
                                "number of ratings"),
                        optional("reviews_count", ValueType.COUNT, "reviews_count", "reviews count", "reviews",
                                "number of reviews"),
                        Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID)),
                Map.of(),
                Optional.of("day"),
                Optional.of("day"),
                Optional.empty(),
                List.of());
    }
}
