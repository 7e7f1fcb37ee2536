package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account-level Business Report by date (formats doc C3, the sales view of its user-selected columns) and the FBA
 * Restock Inventory report (C6, current and 2019 names), whose day is in its file name or is today.
 */
final class StockReports {
    private static final Column FILE_ID = Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID);

    private StockReports() {}

    /** One row per day (or the first day of a week or month); every column but the sales ones may be absent. */
    static ReportLayout businessReportByDate() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("units", "units_ordered");
        measures.put("sales", "ordered_product_sales");
        measures.put("sessions", "sessions");
        return new ReportLayout(
                ReportKind.BUSINESS_REPORT_BY_DATE,
                "sales_traffic_by_date",
                List.of(
                        required("day", ValueType.DATE, "Date"),
                        required("ordered_product_sales", ValueType.MONEY, "Ordered Product Sales"),
                        required("units_ordered", ValueType.COUNT, "Units Ordered"),
                        optional("total_order_items", ValueType.COUNT, "Total Order Items"),
                        optional("sessions", ValueType.COUNT, "Sessions", "Sessions - Total"),
                        optional("page_views", ValueType.COUNT, "Page Views", "Page Views - Total"),
                        optional("buy_box_pct", ValueType.RATIO, "Buy Box Percentage", "Featured Offer (Buy Box) Percentage"),
                        optional("unit_session_pct", ValueType.RATIO, "Unit Session Percentage"),
                        optional("shipped_product_sales", ValueType.MONEY, "Shipped Product Sales"),
                        optional("units_shipped", ValueType.COUNT, "Units Shipped"),
                        optional("orders_shipped", ValueType.COUNT, "Orders Shipped"),
                        Column.fromFile("currency", ValueType.CURRENCY, Column.Origin.FILE_CURRENCY),
                        FILE_ID),
                measures,
                Optional.of("day"),
                Optional.of("day"),
                Optional.empty(),
                List.of());
    }

    /**
     * Amazon's replenishment advice per SKU; the report has no date column, so the day is in the name or today. Days of
     * supply stay text ({@code 365+} in real files); a blank recommended quantity means no advice.
     */
    static ReportLayout restock() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("available", "available");
        measures.put("recommended", "recommended_quantity");
        return new ReportLayout(
                ReportKind.FBA_RESTOCK,
                "fba_restock_recommendation",
                List.of(
                        Column.fromFile("snapshot_day", ValueType.DATE, Column.Origin.FILE_DAY),
                        optional("country", ValueType.TEXT, "Country"),
                        optional("product_name", ValueType.TEXT, "Product Name", "Product Description"),
                        optional("fnsku", ValueType.TEXT, "FNSKU"),
                        required("sku", ValueType.KEY_TEXT, "Merchant SKU", "SKU"),
                        optional("asin", ValueType.TEXT, "ASIN"),
                        optional("currency", ValueType.CURRENCY, "Currency code"),
                        optional("price", ValueType.MONEY, "Price"),
                        optional("sales_last_30_days", ValueType.MONEY, "Sales last 30 days", "Sales last 30 days (sales)"),
                        optional("units_sold_last_30_days", ValueType.COUNT, "Units Sold Last 30 Days",
                                "Sales last 30 days (units)"),
                        optional("total_units", ValueType.COUNT, "Total Units", "Total Inventory"),
                        optional("inbound", ValueType.COUNT, "Inbound", "Inbound Inventory"),
                        required("available", ValueType.COUNT, "Available", "Available Inventory"),
                        optional("unfulfillable", ValueType.COUNT, "Unfulfillable"),
                        optional("days_of_supply", ValueType.TEXT,
                                "Total Days of Supply (including units from open shipments)", "Days of Supply"),
                        optional("alert", ValueType.TEXT, "Alert", "Instock Alert"),
                        Column.present("recommended_quantity", ValueType.COUNT, "Recommended replenishment qty",
                                "Recommended Order Quantity"),
                        optional("recommended_ship_day", ValueType.DATE, "Recommended ship date", "Recommended Order Date"),
                        optional("recommended_action", ValueType.TEXT, "Recommended action"),
                        FILE_ID),
                measures,
                Optional.of("snapshot_day"),
                Optional.of("snapshot_day"),
                Optional.of(NameDay.ISO_OR_TODAY),
                List.of());
    }
}
