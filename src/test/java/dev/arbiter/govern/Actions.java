package dev.arbiter.govern;

import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Figure;
import dev.arbiter.model.HarvestKeyword;
import dev.arbiter.model.ListingReview;
import dev.arbiter.model.Money;
import dev.arbiter.model.NegativeKeyword;
import dev.arbiter.model.NewCampaign;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ResumeAds;
import dev.arbiter.model.PriceChange;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.RestockOrder;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Named actions for governance tests, one of each kind, on SKU GP-01. */
public final class Actions {
    private static final Sku SKU = new Sku("GP-01");
    private static final Rationale WHY = new Rationale(
            "target ACoS 22% against 31% now", List.of(Figure.ratio("acos", 0.31), Figure.money("spend", usd("310.00"))));

    private Actions() {}

    /** A bid from 1.00 to 1.00 × (1 + step). */
    public static BidChange aBidChange(String newBid) {
        TargetRef target = new TargetRef(TargetRef.Kind.KEYWORD, new CampaignId("111"), new AdGroupId("222"), "333",
                "GP | Exact", "Pumps", "garden pump", "exact");
        return new BidChange(target, SKU, usd("1.00"), usd(newBid), WHY);
    }

    public static BudgetChange aBudgetChange(String from, String to) {
        return new BudgetChange(new CampaignId("111"), "GP | Exact", Optional.of("9"),
                Optional.of(LocalDate.of(2026, 12, 31)), usd(from), usd(to), WHY);
    }

    public static NegativeKeyword aNegativeKeyword(String wastedSpend) {
        return new NegativeKeyword(new CampaignId("111"), new AdGroupId("222"), "GP | Auto", "Pumps", "water hose", SKU,
                usd(wastedSpend), WHY);
    }

    public static PauseAds aPause() {
        return new PauseAds(SKU, List.of(new ProductAdRef(new CampaignId("111"), new AdGroupId("222"), "444",
                "GP | Auto", "Pumps")), usd("35.50"), WHY);
    }

    public static ResumeAds aResume() {
        PauseAds pause = aPause();
        return new ResumeAds(pause.sku(), pause.ads(), pause.dailySpendStopped(), WHY);
    }

    /** An order of {@code quantity} pumps at 8.00 each. */
    public static RestockOrder aRestockOrder(long quantity) {
        return new RestockOrder(SKU, "Acme", quantity, usd("8.00"), WHY);
    }

    /** "garden pump hose" into a new campaign, negated in the auto ad group it came from. */
    public static HarvestKeyword aHarvest() {
        return new HarvestKeyword(SKU, "garden pump hose", usd("0.85"), new AdGroupRef(new CampaignId("harvest-GP-01"),
                new AdGroupId("harvest-GP-01-exact"), "GP-01 - Harvest - Exact", "Harvest Exact"),
                Optional.of(new NewCampaign(LocalDate.of(2026, 12, 1), usd("10.00"), usd("0.50"))),
                List.of(new AdGroupRef(new CampaignId("111"), new AdGroupId("222"), "GP | Auto", "Pumps")), WHY);
    }

    /** A listing review the rule fix-the-listing gives ecommerce, for a SKU that sold 10,000.00 in the window. */
    public static ListingReview aListingReview() {
        return new ListingReview(SKU, "fix-the-listing", "ecommerce", usd("10000.00"), WHY);
    }

    /** A price of GP-01 from {@code from} to {@code to}, 900 units expected over the next 28 days. */
    public static PriceChange aPriceChange(String from, String to) {
        return new PriceChange(SKU, usd(from), usd(to), usd(to).times(900), WHY);
    }

    public static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), java.util.Currency.getInstance("USD"));
    }
}
