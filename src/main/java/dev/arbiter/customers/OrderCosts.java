package dev.arbiter.customers;

import java.util.Objects;

/**
 * What fulfilling an order costs the brand, in minor units of {@code currency}: picking, packing and postage per
 * order, handling per returned line, and the share of sales that is cost of goods for lines that carry no cost.
 */
public record OrderCosts(
        String currency, long picking, long packing, long postage, long returnHandling, double costOfGoodsShare) {
    public OrderCosts {
        Objects.requireNonNull(currency, "currency");
        if (picking < 0 || packing < 0 || postage < 0 || returnHandling < 0) {
            throw new IllegalArgumentException("order costs must not be negative");
        }
        if (!(costOfGoodsShare >= 0 && costOfGoodsShare <= 1)) {
            throw new IllegalArgumentException("cost of goods share must be within 0..1: " + costOfGoodsShare);
        }
    }

    /** No costs known: profit is revenue less returns and acquisition. */
    public static OrderCosts none(String currency) {
        return new OrderCosts(currency, 0, 0, 0, 0, 0);
    }

    /** Picking, packing and postage of one order. */
    public long perOrder() {
        return picking + packing + postage;
    }
}
