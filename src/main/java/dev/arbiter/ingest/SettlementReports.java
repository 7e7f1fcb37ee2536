package dev.arbiter.ingest;

import static dev.arbiter.ingest.Column.optional;
import static dev.arbiter.ingest.Column.present;
import static dev.arbiter.ingest.Column.required;

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
}
