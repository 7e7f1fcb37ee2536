package dev.arbiter.model;

import java.util.Objects;
import java.util.Optional;

/** A new bid on one keyword or product target, toward the ACoS its SKU's objective allows. */
public record BidChange(TargetRef target, Sku sku, Money currentBid, Money newBid, Rationale rationale)
        implements Action {

    public BidChange {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(currentBid, "currentBid");
        Objects.requireNonNull(newBid, "newBid");
        Objects.requireNonNull(rationale, "rationale");
    }

    @Override
    public ActionType type() {
        return ActionType.BID_CHANGE;
    }

    @Override
    public String subject() {
        return target.key();
    }

    @Override
    public Optional<Sku> servedSku() {
        return Optional.of(sku);
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public String describe() {
        return "bid " + target.label() + ": " + currentBid.plain() + " → " + newBid.plain() + " "
                + newBid.currency().getCurrencyCode();
    }

    @Override
    public ActionFacts facts() {
        return ActionFacts.change(currentBid, newBid, newBid.minus(currentBid));
    }
}
