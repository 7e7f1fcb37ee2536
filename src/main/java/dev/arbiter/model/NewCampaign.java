package dev.arbiter.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A manual Sponsored Products campaign to create around one ad group and one product ad, with what its create rows
 * require (formats doc, B3): a start date, a daily budget and the ad group's default bid.
 */
public record NewCampaign(LocalDate startDate, Money dailyBudget, Money defaultBid) {
    public NewCampaign {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(dailyBudget, "dailyBudget");
        Objects.requireNonNull(defaultBid, "defaultBid");
    }
}
