package dev.arbiter.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of action Arbiter proposes, by the key the operating model uses for decision rights. */
public enum ActionType {
    BID_CHANGE("bid.change"),
    BUDGET_CHANGE("budget.change"),
    ADS_PAUSE("ads.pause"),
    NEGATIVE_KEYWORD("keyword.negative"),
    RESTOCK_ORDER("restock.order"),
    PRICE_CHANGE("price.change"),
    LISTING_REVIEW("listing.review"),
    HARVEST_KEYWORD("keyword.harvest"),
    ADS_RESUME("ads.resume"),
    COUPON_PROPOSAL("coupon.propose");

    private final String key;

    ActionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ActionType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
