package dev.arbiter.policy;

import dev.arbiter.model.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What fulfilling a customer's order costs the brand, from the operating model's {@code customers:} section: picking,
 * packing and postage per shipped order, handling per returned line, all in one currency, and the share of sales that
 * is cost of goods for order lines that carry no unit cost.
 */
public record CustomerCosts(Money picking, Money packing, Money postage, Money returnHandling, double costOfGoodsShare) {
    /** The keys of the {@code customers:} section, in the order the documentation lists them. */
    public static final List<String> KEYS =
            List.of("currency", "picking", "packing", "postage", "return_handling", "cost_of_goods_share");

    public CustomerCosts {
        Currency currency = Objects.requireNonNull(picking, "picking").currency();
        for (Money amount : List.of(picking, Objects.requireNonNull(packing, "packing"),
                Objects.requireNonNull(postage, "postage"), Objects.requireNonNull(returnHandling, "returnHandling"))) {
            if (amount.isNegative()) {
                throw new IllegalArgumentException("customer costs must not be negative: " + amount);
            }
            if (!amount.currency().equals(currency)) {
                throw new IllegalArgumentException("customer costs must share one currency: " + amount);
            }
        }
        if (!(costOfGoodsShare >= 0 && costOfGoodsShare <= 1)) {
            throw new IllegalArgumentException("cost of goods share must be within 0..1: " + costOfGoodsShare);
        }
    }

    /** The currency every amount is in. */
    public Currency currency() {
        return picking.currency();
    }
}
