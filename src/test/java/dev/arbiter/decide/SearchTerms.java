package dev.arbiter.decide;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Sku;

/** Named search-term rows for proposer tests: a broad-matched term in campaign 1, ad group 11, advertising GP-01. */
final class SearchTerms {
    private String campaignId = "1";
    private String campaignName = "Garlic Press - Broad";
    private boolean automatic;
    private String adGroupId = "11";
    private String targeting = "garlic";
    private String matchType = "BROAD";
    private final String term;
    private long clicks;
    private long orders;
    private String spend = "0.00";
    private String sales = "0.00";

    private SearchTerms(String term) {
        this.term = term;
    }

    static SearchTerms aTerm(String term) {
        return new SearchTerms(term);
    }

    SearchTerms adGroup(String id) {
        adGroupId = id;
        return this;
    }

    /** The term as an auto campaign (campaign 2, ad group 21, close-match) reports it. */
    SearchTerms inAutoCampaign() {
        campaignId = "2";
        campaignName = "Garlic Press - Auto";
        automatic = true;
        adGroupId = "21";
        targeting = "close-match";
        matchType = "-";
        return this;
    }

    SearchTerms matchedBy(String keyword, String match) {
        targeting = keyword;
        matchType = match;
        return this;
    }

    SearchTerms delivered(long clickCount, long orderCount, String spent, String sold) {
        clicks = clickCount;
        orders = orderCount;
        spend = spent;
        sales = sold;
        return this;
    }

    SearchTermStats build() {
        return new SearchTermStats(new CampaignId(campaignId), new AdGroupId(adGroupId), campaignName, "AG " + adGroupId,
                targeting, matchType, term, new Sku("GP-01"), automatic, clicks * 20, clicks, orders, Skus.usd(spend),
                Skus.usd(sales));
    }
}
