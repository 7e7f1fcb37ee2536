package dev.arbiter.economics;

import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.util.Objects;

/**
 * A customer search term's delivery in one ad group over a window.
 *
 * @param targeting the keyword or target expression that matched it (`*`, `close-match`, a keyword text)
 * @param matchType `EXACT`, `PHRASE`, `BROAD` or `-` as in the console report
 * @param automatic whether the campaign is an auto-targeting campaign
 */
public record SearchTermStats(
        CampaignId campaignId,
        AdGroupId adGroupId,
        String campaignName,
        String adGroupName,
        String targeting,
        String matchType,
        String searchTerm,
        Sku sku,
        boolean automatic,
        long impressions,
        long clicks,
        long orders,
        Money spend,
        Money sales) {

    public SearchTermStats {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adGroupId, "adGroupId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(adGroupName, "adGroupName");
        Objects.requireNonNull(targeting, "targeting");
        Objects.requireNonNull(matchType, "matchType");
        Objects.requireNonNull(searchTerm, "searchTerm");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(sales, "sales");
    }
}
