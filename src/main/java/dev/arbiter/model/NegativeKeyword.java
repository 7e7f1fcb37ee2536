package dev.arbiter.model;

import java.util.Objects;
import java.util.Optional;

/** A negative exact keyword in the ad group where a search term spent without selling. */
public record NegativeKeyword(
        CampaignId campaignId,
        AdGroupId adGroupId,
        String campaignName,
        String adGroupName,
        String keywordText,
        Sku sku,
        Money wastedSpend,
        Rationale rationale)
        implements Action {

    public NegativeKeyword {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(adGroupId, "adGroupId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(adGroupName, "adGroupName");
        Objects.requireNonNull(keywordText, "keywordText");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(wastedSpend, "wastedSpend");
        Objects.requireNonNull(rationale, "rationale");
    }

    @Override
    public ActionType type() {
        return ActionType.NEGATIVE_KEYWORD;
    }

    @Override
    public String subject() {
        return "negative:" + adGroupId.value() + ":" + keywordText;
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
        return "negative exact \"" + keywordText + "\" in " + campaignName + " › " + adGroupName;
    }

    @Override
    public ActionFacts facts() {
        return new ActionFacts(0, 0, 0, wastedSpend);
    }
}
