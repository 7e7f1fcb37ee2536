package dev.arbiter.execute;

import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Figure;
import dev.arbiter.model.HarvestKeyword;
import dev.arbiter.model.Money;
import dev.arbiter.model.NegativeKeyword;
import dev.arbiter.model.NewCampaign;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ResumeAds;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.RestockOrder;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Named actions with real-looking bulksheet ids (invented, as in formats doc B7) for execute tests. */
public final class AdActions {

    public static final CampaignId CAMPAIGN = new CampaignId("123456789012345");
    public static final AdGroupId AD_GROUP = new AdGroupId("234567890123456");
    static final AdGroupRef AUTO_AD_GROUP = new AdGroupRef(new CampaignId("123456789012399"),
            new AdGroupId("234567890123499"), "Garlic Press - Auto", "Auto AG");
    static final Rationale BECAUSE = new Rationale("ACoS 0.41 above target 0.25", List.of(Figure.ratio("acos", 0.41)));

    private AdActions() {}

    public static BidChange aKeywordBidCut() {
        TargetRef keyword = new TargetRef(TargetRef.Kind.KEYWORD, CAMPAIGN, AD_GROUP, "345678901234567",
                "Garlic Press - Exact", "Exact AG", "garlic press", "exact");
        return new BidChange(keyword, new Sku("GP-01"), usd("0.80"), usd("0.635"), BECAUSE);
    }

    public static BidChange aProductTargetBidRaise() {
        TargetRef target = new TargetRef(TargetRef.Kind.PRODUCT_TARGETING, CAMPAIGN, AD_GROUP, "567890123456789",
                "Garlic Press - Auto", "Auto AG", "close-match", "-");
        return new BidChange(target, new Sku("GP-01"), usd("0.50"), usd("0.6"), BECAUSE);
    }

    public static PauseAds aPauseOfTwoAds() {
        return new PauseAds(new Sku("GP-02"), List.of(
                        new ProductAdRef(CAMPAIGN, AD_GROUP, "456789012345601", "Garlic Press - Exact", "Exact AG"),
                        new ProductAdRef(new CampaignId("123456789012399"), new AdGroupId("234567890123499"),
                                "456789012345602", "Garlic Press - Auto", "Auto AG")),
                usd("12.40"), BECAUSE);
    }

    public static ResumeAds aResumeOfTwoAds() {
        PauseAds pause = aPauseOfTwoAds();
        return new ResumeAds(pause.sku(), pause.ads(), pause.dailySpendStopped(), BECAUSE);
    }

    public static NegativeKeyword aNegative(String searchTerm) {
        return new NegativeKeyword(CAMPAIGN, AD_GROUP, "Garlic Press - Auto", "Auto AG", searchTerm,
                new Sku("GP-01"), usd("9.10"), BECAUSE);
    }

    /** "garlic press steel" from the auto ad group into the existing exact ad group 234567890123456 at 0.77. */
    public static HarvestKeyword aHarvestIntoTheExactAdGroup() {
        return new HarvestKeyword(new Sku("GP-01"), "garlic press steel", usd("0.77"),
                new AdGroupRef(CAMPAIGN, AD_GROUP, "Garlic Press - Exact", "Exact AG"), Optional.empty(),
                List.of(AUTO_AD_GROUP), BECAUSE);
    }

    /** Two terms of GP-02, which has no exact ad group: each carries the new campaign's create rows. */
    public static HarvestKeyword aHarvestIntoANewCampaign(String term) {
        return new HarvestKeyword(new Sku("GP-02"), term, usd("0.64"),
                new AdGroupRef(new CampaignId("harvest-GP-02"), new AdGroupId("harvest-GP-02-exact"),
                        "GP-02 - Harvest - Exact", "Harvest Exact"),
                Optional.of(new NewCampaign(LocalDate.of(2026, 11, 24), usd("10.00"), usd("0.45"))),
                List.of(AUTO_AD_GROUP), BECAUSE);
    }

    public static BudgetChange aBudgetRaiseInAPortfolio() {
        return new BudgetChange(CAMPAIGN, "Garlic Press - Exact", Optional.of("456789012345678"),
                Optional.of(LocalDate.of(2026, 12, 31)), usd("30"), usd("35"), BECAUSE);
    }

    public static BudgetChange aBudgetCutOutsideAnyPortfolio() {
        return new BudgetChange(CAMPAIGN, "Garlic Press - Exact", Optional.empty(), Optional.empty(), usd("30"),
                usd("24.5"), BECAUSE);
    }

    public static RestockOrder anOrder(String sku, String supplier, long quantity, String unitCost, String reason) {
        return new RestockOrder(new Sku(sku), supplier, quantity, usd(unitCost), new Rationale(reason, List.of()));
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
