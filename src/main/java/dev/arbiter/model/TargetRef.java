package dev.arbiter.model;

import java.util.Objects;

/**
 * One advertising target: a keyword or a product/auto target inside an ad group, with the ids a
 * bulksheet update needs and the names the console reports use.
 *
 * @param kind keyword or product targeting
 * @param targetId the Keyword ID or Product Targeting ID of the bulksheet download
 * @param text the keyword text, or the targeting expression (`close-match`, `asin="B0…"`)
 * @param matchType `exact`, `phrase`, `broad` for keywords; `-` for product and auto targets
 */
public record TargetRef(
        Kind kind,
        CampaignId campaignId,
        AdGroupId adGroupId,
        String targetId,
        String campaignName,
        String adGroupName,
        String text,
        String matchType) {

    /** Keyword or product targeting, as the bulksheet's Entity column distinguishes them. */
    public enum Kind {
        KEYWORD,
        PRODUCT_TARGETING
    }

    public TargetRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adGroupId, "adGroupId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(adGroupName, "adGroupName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(matchType, "matchType");
    }

    /** A stable key for the target, used as an action's subject. */
    public String key() {
        return (kind == Kind.KEYWORD ? "keyword:" : "target:") + targetId;
    }

    public String label() {
        return campaignName + " › " + adGroupName + " › " + text + (kind == Kind.KEYWORD ? " [" + matchType + "]" : "");
    }
}
