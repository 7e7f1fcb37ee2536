package dev.arbiter.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer search term that converts in auto, broad or phrase targeting, made an exact keyword of its SKU at a
 * starting bid, in an exact ad group that exists or is created with its campaign, and added as a negative exact
 * where it came from so the two do not compete.
 *
 * @param destination the ad group that receives the exact keyword; temporary keys when {@code newCampaign} is set
 * @param newCampaign the campaign to create around {@code destination}, when the SKU has no exact ad group
 * @param negateIn the ad groups where the term ran before, each to get a negative exact
 */
public record HarvestKeyword(
        Sku sku,
        String keywordText,
        Money bid,
        AdGroupRef destination,
        Optional<NewCampaign> newCampaign,
        List<AdGroupRef> negateIn,
        Rationale rationale)
        implements Action {

    public HarvestKeyword {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(keywordText, "keywordText");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(newCampaign, "newCampaign");
        negateIn = List.copyOf(Objects.requireNonNull(negateIn, "negateIn"));
        Objects.requireNonNull(rationale, "rationale");
    }

    @Override
    public ActionType type() {
        return ActionType.HARVEST_KEYWORD;
    }

    @Override
    public String subject() {
        return "harvest:" + sku.value() + ":" + keywordText;
    }

    @Override
    public Optional<Sku> servedSku() {
        return Optional.of(sku);
    }

    /** A keyword, a negative and even a new campaign can be archived again. */
    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public String describe() {
        return "harvest \"" + keywordText + "\" as exact keyword at " + bid.plain() + " " + bid.currency().getCurrencyCode()
                + " into " + destination.label() + (newCampaign.isPresent() ? " (new campaign)" : "")
                + ", negative exact in " + negateIn.size() + (negateIn.size() == 1 ? " source ad group" : " source ad groups");
    }

    /** The new keyword's bid; at stake is the bid, or the daily budget of a campaign created for it. */
    @Override
    public ActionFacts facts() {
        double newBid = bid.amount().doubleValue();
        return new ActionFacts(0, newBid, 0, newCampaign.map(NewCampaign::dailyBudget).orElse(bid));
    }
}
