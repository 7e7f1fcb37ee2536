package dev.arbiter.decide;

import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;

/** Named keyword targets for proposer tests: an enabled exact keyword at bid 1.00 in campaign 1, ad group 11. */
final class Targets {
    private String keywordId = "101";
    private String campaignId = "1";
    private String adGroupId = "11";
    private String text = "garlic press";
    private String matchType = "exact";
    private String sku = "GP-01";
    private String bid = "1.00";
    private String state = "enabled";
    private long clicks = 40;
    private long orders = 0;
    private String spend = "0.00";
    private String sales = "0.00";

    static Targets aKeyword(String keywordId) {
        Targets builder = new Targets();
        builder.keywordId = keywordId;
        return builder;
    }

    Targets text(String value, String match) {
        text = value;
        matchType = match;
        return this;
    }

    Targets adGroup(String id) {
        adGroupId = id;
        return this;
    }

    Targets campaign(String id) {
        campaignId = id;
        return this;
    }

    Targets bid(String value) {
        bid = value;
        return this;
    }

    Targets state(String value) {
        state = value;
        return this;
    }

    Targets sku(String value) {
        sku = value;
        return this;
    }

    Targets delivered(long clickCount, long orderCount, String spent, String sold) {
        clicks = clickCount;
        orders = orderCount;
        spend = spent;
        sales = sold;
        return this;
    }

    TargetEconomics build() {
        TargetRef ref = new TargetRef(TargetRef.Kind.KEYWORD, new CampaignId(campaignId), new AdGroupId(adGroupId), keywordId,
                "Garlic Press - Exact", "AG " + adGroupId, text, matchType);
        return new TargetEconomics(ref, new Sku(sku), Skus.usd(bid), state, Skus.WINDOW, clicks * 30, clicks, orders,
                orders, Skus.usd(spend), Skus.usd(sales));
    }
}
