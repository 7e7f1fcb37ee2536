package dev.arbiter.model;

import java.util.Objects;

/**
 * One ad group by the ids a bulksheet or the Ads API needs and the names the console reports use; for an ad group
 * still to be created, the ids are the bulksheet's free-text temporary keys (formats doc, B2).
 */
public record AdGroupRef(CampaignId campaignId, AdGroupId adGroupId, String campaignName, String adGroupName) {
    public AdGroupRef {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adGroupId, "adGroupId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(adGroupName, "adGroupName");
    }

    public String label() {
        return campaignName + " › " + adGroupName;
    }
}
