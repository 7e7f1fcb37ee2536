package dev.arbiter.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A targeted coupon on one overstocked SKU instead of a blanket price cut: the discount, the budget it may cost and
 * the units it is meant to clear. A coupon is a commitment to shoppers, so it waits for the role holding the right.
 *
 * @param discount the share of the price taken off, e.g. 0.15
 * @param price the price the discount applies to
 * @param unitsToClear the stock above what the SKU needs through its lead time, review period and safety stock
 * @param budget discount × price × units to clear: what the coupon costs if every one of them sells with it
 */
public record CouponProposal(Sku sku, double discount, Money price, long unitsToClear, Money budget, Rationale rationale)
        implements Action {

    public CouponProposal {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(rationale, "rationale");
        if (!(discount > 0 && discount < 1) || unitsToClear <= 0) {
            throw new IllegalArgumentException("a coupon for " + sku + " needs a discount within 0..1 and units to clear,"
                    + " got " + discount + " and " + unitsToClear);
        }
    }

    @Override
    public ActionType type() {
        return ActionType.COUPON_PROPOSAL;
    }

    @Override
    public String subject() {
        return "coupon:" + sku.value();
    }

    @Override
    public Optional<Sku> servedSku() {
        return Optional.of(sku);
    }

    /** Once shoppers have clipped a coupon it must be honoured: type 1. */
    @Override
    public boolean reversible() {
        return false;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "coupon %.0f %% off %s to clear %d units (budget %s %s)", discount * 100, sku,
                unitsToClear, budget.plain(), budget.currency().getCurrencyCode());
    }

    @Override
    public ActionFacts facts() {
        return new ActionFacts(0, discount, 0, budget);
    }
}
