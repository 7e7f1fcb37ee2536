package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files that are not Amazon's: our catalog ({@code sku,asin,title,category,unit_cost,currency,lead_time_days,
 * supplier,objective[,case_pack]}), what Amazon does not know about a SKU.
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
}
