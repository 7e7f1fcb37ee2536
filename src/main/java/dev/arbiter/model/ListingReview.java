package dev.arbiter.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A task for a person: look at a SKU's listing (images, copy, price, reviews) because an operating-model rule says its
 * state calls for it. Nothing is sent to Amazon; approving it in the inbox marks the task accepted, and it cannot be
 * undone because a person acts on it.
 *
 * @param rule the id of the rule that fired
 * @param owner the key of the role the rule gives the task to
 * @param revenueAtStake the SKU's revenue over the window the rule looked at
 */
public record ListingReview(Sku sku, String rule, String owner, Money revenueAtStake, Rationale rationale)
        implements Action {

    public ListingReview {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(revenueAtStake, "revenueAtStake");
        Objects.requireNonNull(rationale, "rationale");
    }

    @Override
    public ActionType type() {
        return ActionType.LISTING_REVIEW;
    }

    @Override
    public String subject() {
        return "sku:" + sku.value();
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
        return "review the listing of " + sku + " (rule " + rule + ", for " + owner + ")";
    }

    @Override
    public ActionFacts facts() {
        return new ActionFacts(0, 0, 0, revenueAtStake);
    }
}
