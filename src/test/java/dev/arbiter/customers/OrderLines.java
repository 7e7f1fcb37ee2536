package dev.arbiter.customers;

import java.time.LocalDate;
import java.util.OptionalLong;

/** Named order lines for tests: a purchase, a return, an acquired customer. */
final class OrderLines {
    private OrderLines() {}

    /** {@code quantity} units at {@code unitPrice} minor units, cost of goods at 40% of the price. */
    static OrderLine aPurchase(String order, String customer, String date, long quantity, long unitPrice) {
        return new OrderLine(order, customer, LocalDate.parse(date), "MUG", quantity, 0, quantity * unitPrice, 0, 0, 0,
                OptionalLong.of(quantity * unitPrice * 4 / 10), "", "", OptionalLong.empty());
    }

    /** A purchase of which {@code returned} units came back. */
    static OrderLine aReturnedPurchase(String order, String customer, String date, long quantity, long returned,
            long unitPrice) {
        return new OrderLine(order, customer, LocalDate.parse(date), "MUG", quantity, returned, quantity * unitPrice,
                returned * unitPrice, 0, 0, OptionalLong.of(quantity * unitPrice * 4 / 10), "", "",
                OptionalLong.empty());
    }

    /** A purchase by a customer a channel acquired for {@code cost} minor units. */
    static OrderLine anAcquiredPurchase(String order, String customer, String date, long unitPrice, String channel,
            long cost) {
        return new OrderLine(order, customer, LocalDate.parse(date), "MUG", 1, 0, unitPrice, 0, 0, 0,
                OptionalLong.of(unitPrice * 4 / 10), channel, "", OptionalLong.of(cost));
    }
}
