package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.present;
import static dev.arbiter.ingest.Column.required;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The V2 settlement flat file (formats doc C8): one row per amount, signed from the seller's view (income positive,
 * fees and refunds negative), after one summary row that carries only the settlement's dates, net deposit and currency.
 * Every row is kept; the warehouse view {@code settlement_amount} maps each amount type and description to our fee
 * categories.
 */
final class SettlementReports {
    private SettlementReports() {}

    static ReportLayout settlement() {
        return new ReportLayout(
                ReportKind.SETTLEMENT,
                "settlement_line",
                List.of(
                        required("settlement_id", ValueType.KEY_TEXT, "settlement-id"),
                        optional("settlement_start_day", ValueType.DATE, "settlement-start-date"),
                        optional("settlement_end_day", ValueType.DATE, "settlement-end-date"),
                        optional("deposit_day", ValueType.DATE, "deposit-date"),
                        optional("total_amount", ValueType.SIGNED_MONEY, "total-amount"),
                        optional("currency", ValueType.CURRENCY, "currency"),
                        present("transaction_type", ValueType.TEXT, "transaction-type"),
                        optional("order_id", ValueType.TEXT, "order-id"),
                        optional("adjustment_id", ValueType.TEXT, "adjustment-id"),
                        optional("shipment_id", ValueType.TEXT, "shipment-id"),
                        optional("marketplace_name", ValueType.TEXT, "marketplace-name"),
                        present("amount_type", ValueType.TEXT, "amount-type"),
                        present("amount_description", ValueType.TEXT, "amount-description"),
                        present("amount", ValueType.SIGNED_MONEY, "amount"),
                        optional("fulfillment_id", ValueType.TEXT, "fulfillment-id"),
                        optional("posted_day", ValueType.DATE, "posted-date"),
                        optional("order_item_code", ValueType.TEXT, "order-item-code"),
                        optional("sku", ValueType.TEXT, "sku"),
                        optional("quantity_purchased", ValueType.COUNT, "quantity-purchased"),
                        optional("promotion_id", ValueType.TEXT, "promotion-id"),
                        Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID)),
                Map.of("amount", "amount"),
                Optional.of("posted_day"),
                Optional.of("posted_day"),
                Optional.empty(),
                List.of());
    }

    /**
     * The Date Range transaction report (formats doc C9, "Custom Transaction"): a few lines of text, then one row per
     * transaction with its amounts in columns, in the currency its preamble names (the workspace's).
     */
    static ReportLayout transactions() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("sales", "product_sales");
        measures.put("fees", "selling_fees");
        measures.put("fba_fees", "fba_fees");
        measures.put("total", "total");
        return new ReportLayout(
                ReportKind.DATE_RANGE_TRANSACTIONS,
                "payment_transaction",
                List.of(
                        required("day", ValueType.DATE, "date/time"),
                        required("date_time", ValueType.KEY_TEXT, "date/time"),
                        present("settlement_id", ValueType.TEXT, "settlement id"),
                        present("type", ValueType.TEXT, "type"),
                        present("order_id", ValueType.TEXT, "order id"),
                        present("sku", ValueType.TEXT, "sku"),
                        present("description", ValueType.TEXT, "description"),
                        optional("quantity", ValueType.COUNT, "quantity"),
                        optional("marketplace", ValueType.TEXT, "marketplace"),
                        optional("fulfillment", ValueType.TEXT, "fulfillment"),
                        present("product_sales", ValueType.SIGNED_MONEY, "product sales"),
                        optional("product_sales_tax", ValueType.SIGNED_MONEY, "product sales tax"),
                        optional("shipping_credits", ValueType.SIGNED_MONEY, "shipping credits"),
                        optional("shipping_credits_tax", ValueType.SIGNED_MONEY, "shipping credits tax"),
                        optional("gift_wrap_credits", ValueType.SIGNED_MONEY, "gift wrap credits"),
                        optional("giftwrap_credits_tax", ValueType.SIGNED_MONEY, "giftwrap credits tax"),
                        optional("promotional_rebates", ValueType.SIGNED_MONEY, "promotional rebates"),
                        optional("promotional_rebates_tax", ValueType.SIGNED_MONEY, "promotional rebates tax"),
                        optional("marketplace_withheld_tax", ValueType.SIGNED_MONEY, "marketplace withheld tax"),
                        present("selling_fees", ValueType.SIGNED_MONEY, "selling fees"),
                        present("fba_fees", ValueType.SIGNED_MONEY, "fba fees"),
                        present("other_transaction_fees", ValueType.SIGNED_MONEY, "other transaction fees"),
                        present("other", ValueType.SIGNED_MONEY, "other"),
                        required("total", ValueType.SIGNED_MONEY, "total"),
                        Column.fromFile("currency", ValueType.CURRENCY, Column.Origin.FILE_CURRENCY),
                        Column.fromFile("file_id", ValueType.COUNT, Column.Origin.FILE_ID)),
                Collections.unmodifiableMap(measures),
                Optional.of("day"),
                Optional.of("day"),
                Optional.empty(),
                List.of());
    }
}
