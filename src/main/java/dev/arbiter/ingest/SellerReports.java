package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Seller Central reports: Business Report by child item (C3), FBA inventory (C4, C5) and fee preview (C10). */
final class SellerReports {
    private static final Column FILE_ID = Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID);

    private SellerReports() {}

    static ReportLayout businessReport() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("units", "units_ordered");
        measures.put("sales", "ordered_product_sales");
        measures.put("sessions", "sessions");
        return new ReportLayout(
                ReportKind.BUSINESS_REPORT_CHILD_ITEM,
                "sales_traffic_daily",
                List.of(
                        Column.fromFile("day", ValueType.DATE, Column.Origin.FILE_DAY),
                        optional("parent_asin", ValueType.TEXT, "(Parent) ASIN"),
                        required("child_asin", ValueType.KEY_TEXT, "(Child) ASIN"),
                        optional("title", ValueType.TEXT, "Title"),
                        optional("sku", ValueType.TEXT, "SKU"),
                        required("sessions", ValueType.COUNT, "Sessions", "Sessions - Total"),
                        required("page_views", ValueType.COUNT, "Page Views", "Page Views - Total"),
                        optional(
                                "buy_box_pct",
                                ValueType.RATIO,
                                "Buy Box Percentage",
                                "Featured Offer (Buy Box) Percentage"),
                        required("units_ordered", ValueType.COUNT, "Units Ordered"),
                        optional("unit_session_pct", ValueType.RATIO, "Unit Session Percentage"),
                        required("ordered_product_sales", ValueType.MONEY, "Ordered Product Sales"),
                        required("total_order_items", ValueType.COUNT, "Total Order Items"),
                        Column.fromFile("currency", ValueType.CURRENCY, Column.Origin.FILE_CURRENCY),
                        FILE_ID),
                measures,
                Optional.of("day"),
                Optional.of("day"),
                Optional.of(NameDay.ISO_REQUIRED),
                List.of());
    }

    /** FBA Inventory planning (C5) and its 2019 predecessor, Inventory Health, whose names differ. */
    static ReportLayout inventoryPlanning() {
        return new ReportLayout(
                ReportKind.FBA_INVENTORY_PLANNING,
                "fba_inventory_daily",
                List.of(
                        required("snapshot_day", ValueType.DATE, "snapshot-date"),
                        required("sku", ValueType.KEY_TEXT, "sku"),
                        optional("fnsku", ValueType.TEXT, "fnsku"),
                        optional("asin", ValueType.TEXT, "asin"),
                        optional("product_name", ValueType.TEXT, "product-name"),
                        required("available", ValueType.COUNT, "available", "sellable-quantity"),
                        required("inbound_quantity", ValueType.COUNT, "inbound-quantity", "in-bound-quantity"),
                        optional("reserved_quantity", ValueType.COUNT, "Total Reserved Quantity"),
                        optional("unfulfillable", ValueType.COUNT, "unfulfillable-quantity", "unsellable-quantity"),
                        optional("your_price", ValueType.MONEY, "your-price"),
                        optional("currency", ValueType.CURRENCY, "currency"),
                        optional("units_shipped_t30", ValueType.COUNT, "units-shipped-t30", "units-shipped-last-30-days"),
                        optional("storage_cost_next_month", ValueType.MONEY, "estimated-storage-cost-next-month"),
                        FILE_ID),
                inventoryMeasures(),
                Optional.of("snapshot_day"),
                Optional.of("snapshot_day"),
                Optional.empty(),
                List.of());
    }

    /** FBA Manage Inventory (C4): no date column, so the day is in the name or is today; inbound sums three stages. */
    static ReportLayout manageInventory() {
        return new ReportLayout(
                ReportKind.FBA_MANAGE_INVENTORY,
                "fba_inventory_daily",
                List.of(
                        Column.fromFile("snapshot_day", ValueType.DATE, Column.Origin.FILE_DAY),
                        required("sku", ValueType.KEY_TEXT, "sku"),
                        optional("fnsku", ValueType.TEXT, "fnsku"),
                        optional("asin", ValueType.TEXT, "asin"),
                        optional("product_name", ValueType.TEXT, "product-name"),
                        required("available", ValueType.COUNT, "afn-fulfillable-quantity"),
                        Column.sumOf(
                                "inbound_quantity",
                                ValueType.COUNT,
                                "afn-inbound-working-quantity",
                                "afn-inbound-shipped-quantity",
                                "afn-inbound-receiving-quantity"),
                        optional("reserved_quantity", ValueType.COUNT, "afn-reserved-quantity"),
                        optional("unfulfillable", ValueType.COUNT, "afn-unsellable-quantity"),
                        optional("your_price", ValueType.MONEY, "your-price"),
                        Column.fromFile("currency", ValueType.CURRENCY, Column.Origin.FILE_CURRENCY),
                        optional("units_shipped_t30", ValueType.COUNT, "units-shipped-t30"),
                        optional("storage_cost_next_month", ValueType.MONEY, "estimated-storage-cost-next-month"),
                        FILE_ID),
                inventoryMeasures(),
                Optional.of("snapshot_day"),
                Optional.of("snapshot_day"),
                Optional.of(NameDay.ISO_OR_TODAY),
                List.of());
    }

    static ReportLayout feePreview() {
        return new ReportLayout(
                ReportKind.FBA_FEE_PREVIEW,
                "fba_fee_estimate",
                List.of(
                        required("sku", ValueType.KEY_TEXT, "sku"),
                        optional("asin", ValueType.TEXT, "asin"),
                        optional("your_price", ValueType.MONEY, "your-price"),
                        optional("currency", ValueType.CURRENCY, "currency"),
                        required("estimated_fee_total", ValueType.MONEY, "estimated-fee-total"),
                        optional("referral_fee_per_unit", ValueType.MONEY, "estimated-referral-fee-per-unit"),
                        optional(
                                "fulfillment_fee_per_unit",
                                ValueType.MONEY,
                                "expected-fulfillment-fee-per-unit",
                                "expected-domestic-fulfilment-fee-per-unit"),
                        optional("product_size_tier", ValueType.TEXT, "product-size-tier"),
                        FILE_ID),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    private static Map<String, String> inventoryMeasures() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("available", "available");
        measures.put("inbound", "inbound_quantity");
        return measures;
    }
}
