package dev.arbiter.model;

import java.util.Optional;

/**
 * A surgical change Arbiter proposes. Each kind says whether it can be undone, describes itself in
 * one line, and exposes the facts guardrails are written against ({@code action.*} in CEL).
 */
public sealed interface Action permits BidChange, BudgetChange, PauseAds, NegativeKeyword, RestockOrder,
        HarvestKeyword, ResumeAds, CouponProposal, ListingReview, PriceChange {

    ActionType type();

    /** A stable key of the thing changed: {@code keyword:123}, {@code sku:GP-01}, {@code campaign:9}. */
    String subject();

    /** The SKU the action serves, where there is one. */
    Optional<Sku> servedSku();

    Rationale rationale();

    /** Type-2 (reversible) actions may go automatically inside local authority; type-1 wait. */
    boolean reversible();

    /** One line for people: what changes, from what to what. */
    String describe();

    ActionFacts facts();
}
