package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order-level Seller Central reports: All Orders (formats doc C7), one row per order item, and FBA customer
 * returns (C11), one row per returned unit batch. Customer comments are personal-data-adjacent and never stored.
 */
final class OrderReports {
    private static final Column FILE_ID = Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID);

    private OrderReports() {}

    /** Pending and cancelled items included; a newer download replaces the same order's item (order id × SKU). */
    static ReportLayout allOrders() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("units", "quantity");
        measures.put("sales", "item_price");
        return new ReportLayout(
                ReportKind.ALL_ORDERS,
                "order_item",
                List.of(
                        required("purchase_day", ValueType.DATE, "purchase-date"),
                        required("order_id", ValueType.KEY_TEXT, "amazon-order-id"),
                        optional("order_status", ValueType.TEXT, "order-status"),
                        optional("fulfillment_channel", ValueType.TEXT, "fulfillment-channel"),
                        optional("sales_channel", ValueType.TEXT, "sales-channel"),
                        required("sku", ValueType.KEY_TEXT, "sku"),
                        optional("asin", ValueType.TEXT, "asin"),
                        optional("item_status", ValueType.TEXT, "item-status"),
                        required("quantity", ValueType.COUNT, "quantity"),
                        optional("currency", ValueType.CURRENCY, "currency"),
                        optional("item_price", ValueType.MONEY, "item-price"),
                        optional("item_tax", ValueType.MONEY, "item-tax"),
                        optional("shipping_price", ValueType.MONEY, "shipping-price"),
                        optional("item_promotion_discount", ValueType.MONEY, "item-promotion-discount"),
                        optional("ship_promotion_discount", ValueType.MONEY, "ship-promotion-discount"),
                        optional("is_business_order", ValueType.TEXT, "is-business-order"),
                        FILE_ID),
                measures,
                Optional.of("purchase_day"),
                Optional.of("purchase_day"),
                Optional.empty(),
                List.of());
    }

    /** What came back to Amazon's warehouses, in what condition and why; the refund itself is in the settlement. */
    static ReportLayout customerReturns() {
        return new ReportLayout(
                ReportKind.FBA_CUSTOMER_RETURNS,
                "fba_customer_return",
                List.of(
                        required("return_day", ValueType.DATE, "return-date"),
                        required("order_id", ValueType.KEY_TEXT, "order-id"),
                        required("sku", ValueType.KEY_TEXT, "sku"),
                        optional("asin", ValueType.TEXT, "asin"),
                        optional("fnsku", ValueType.TEXT, "fnsku"),
                        optional("product_name", ValueType.TEXT, "product-name"),
                        required("quantity", ValueType.COUNT, "quantity"),
                        optional("fulfillment_center_id", ValueType.TEXT, "fulfillment-center-id"),
                        optional("detailed_disposition", ValueType.TEXT, "detailed-disposition"),
                        optional("reason", ValueType.TEXT, "reason"),
                        optional("status", ValueType.TEXT, "status"),
                        optional("license_plate_number", ValueType.TEXT, "license-plate-number"),
                        FILE_ID),
                Map.of("units", "quantity"),
                Optional.of("return_day"),
                Optional.of("return_day"),
                Optional.empty(),
                List.of());
    }
}
