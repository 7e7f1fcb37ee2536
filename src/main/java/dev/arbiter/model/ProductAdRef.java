package dev.arbiter.model;

import java.util.Objects;

/** One product ad of the bulksheet download: the ids a state update needs. */
public record ProductAdRef(CampaignId campaignId, AdGroupId adGroupId, String adId, String campaignName, String adGroupName) {
    public ProductAdRef {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adGroupId, "adGroupId");
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(adGroupName, "adGroupName");
    }
}
