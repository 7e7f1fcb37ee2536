package dev.arbiter.customers;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One line of a customer's order, money in minor units of the file's currency: what was shipped, what came back,
 * the discount given and the shipping charged, its cost of goods when known, and how the customer was acquired.
 *
 * @param grossValue quantity times unit price, before the discount
 * @param returnedValue what was refunded for the returned quantity
 * @param costOfGoods the shipped quantity's cost of goods, empty when the file does not say
 * @param channel the channel that acquired the customer, empty when unknown
 * @param campaign the campaign that acquired the customer, empty when unknown
 * @param acquisitionCost what acquiring the customer cost, empty when unknown (counted once per customer)
 */
public record OrderLine(
        String orderId,
        String customerId,
        LocalDate date,
        String sku,
        long quantity,
        long returnedQuantity,
        long grossValue,
        long returnedValue,
        long discount,
        long shippingCharged,
        OptionalLong costOfGoods,
        String channel,
        String campaign,
        OptionalLong acquisitionCost) {

    public OrderLine {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(costOfGoods, "costOfGoods");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(acquisitionCost, "acquisitionCost");
        if (quantity < 0 || returnedQuantity < 0) {
            throw new IllegalArgumentException("quantities must not be negative: " + quantity + ", " + returnedQuantity);
        }
    }

    /** Whether the line sold something (a return-only line does not make a transaction). */
    public boolean isPurchase() {
        return quantity > 0;
    }

    /** What the customer paid for the line: gross value less discount plus shipping charged. */
    public long paid() {
        return grossValue - discount + shippingCharged;
    }
}
