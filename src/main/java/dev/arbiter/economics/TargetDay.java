package dev.arbiter.economics;

import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One keyword or product target's delivery on one day, with the campaign it runs in and the SKU its ad group
 * advertises: the grain outcomes are measured at.
 *
 * @param targetKey the target's key, as {@link dev.arbiter.model.TargetRef#key()} writes it
 */
public record TargetDay(LocalDate day, String targetKey, CampaignId campaignId, Sku sku, long clicks, Money spend,
        Money sales, long orders) {
    public TargetDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(sales, "sales");
    }
}
