package dev.arbiter.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A new selling price for a SKU, estimated from its own price elasticity; type 1 (a price seen by shoppers and
 * competitors cannot be taken back unnoticed), so it always waits for the role holding the right.
 *
 * @param revenueAtStake the revenue expected at the new price over the next 28 days
 */
public record PriceChange(Sku sku, Money currentPrice, Money newPrice, Money revenueAtStake, Rationale rationale)
        implements Action {

    public PriceChange {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(currentPrice, "currentPrice");
        Objects.requireNonNull(newPrice, "newPrice");
        Objects.requireNonNull(revenueAtStake, "revenueAtStake");
        Objects.requireNonNull(rationale, "rationale");
        if (newPrice.amount().signum() <= 0) {
            throw new IllegalArgumentException("a new price must be positive, not " + newPrice);
        }
    }

    @Override
    public ActionType type() {
        return ActionType.PRICE_CHANGE;
    }

    @Override
    public String subject() {
        return "price:" + sku.value();
    }

    @Override
    public Optional<Sku> servedSku() {
        return Optional.of(sku);
    }

    @Override
    public boolean reversible() {
        return false;
    }

    @Override
    public String describe() {
        return "price of " + sku + " " + currentPrice.plain() + " → " + newPrice.plain() + " " + newPrice.currency().getCurrencyCode();
    }

    @Override
    public ActionFacts facts() {
        return ActionFacts.change(currentPrice, newPrice, revenueAtStake);
    }
}
