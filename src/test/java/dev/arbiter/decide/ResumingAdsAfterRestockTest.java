package dev.arbiter.decide;

import static dev.arbiter.decide.Skus.aProfitSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Money;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.ResumeAds;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.InventoryTerms;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResumingAdsAfterRestockTest {
    private static final ProductAdRef OTHER_AD =
            new ProductAdRef(new CampaignId("2"), new AdGroupId("22"), "9002", "Garlic Press - Auto", "AG 22");
    private static final PauseAds PAUSED = new PauseAds(new Sku("GP-01"), List.of(PausingAdsBeforeStockoutTest.AD, OTHER_AD),
            Money.of(new BigDecimal("5.00"), Currency.getInstance("USD")), new Rationale("ran out", List.of()));

    private final ResumingAdsAfterRestock proposer = new ResumingAdsAfterRestock(0.5,
            StockOutlook.windowAverages(InventoryTerms.defaults()),
            new PausedByArbiter(Map.of(new Sku("GP-01"), PAUSED)));

    // 2 a day with an error of √2: lead time 30 days + safety 1.6449 × √2 × √30 / 2 = 6.37 days = 36.37 days.

    @Test
    void ads_arbiter_paused_resume_when_available_stock_covers_lead_time_and_safety_again() {
        // 80 available at 2 a day = 40 days ≥ 36.37
        SkuEconomics sku = aProfitSku("GP-01").stock(80, 0).build();
        List<Action> actions = proposer.propose(input(sku, List.of()));
        assertEquals(1, actions.size(), actions::toString);
        ResumeAds resume = (ResumeAds) actions.get(0);
        assertEquals(List.of(PausingAdsBeforeStockoutTest.AD, OTHER_AD), resume.ads());
        assertEquals(new BigDecimal("5.00"), resume.dailySpendResumed().amount().setScale(2));
        assertEquals("GP-01 has 40.0 days of cover again, above its lead time of 30 days plus 6.4 safety days (the"
                + " window's average velocity (no daily history): 2.0/day ± 1.4): resume the ads Arbiter paused",
                resume.rationale().summary());
    }

    @Test
    void inbound_stock_alone_does_not_end_a_pause() {
        // 40 available = 20 days; with 60 inbound 50 days, but the shelf is still short
        SkuEconomics sku = aProfitSku("GP-01").stock(40, 60).build();
        assertEquals(List.of(), proposer.propose(input(sku, List.of())));
    }

    @Test
    void a_sku_still_without_the_buy_box_stays_paused() {
        SkuEconomics sku = aProfitSku("GP-01").stock(80, 0).buyBox(0.40).build();
        assertEquals(List.of(), proposer.propose(input(sku, List.of())));
    }

    @Test
    void ads_someone_enabled_since_are_left_out() {
        SkuEconomics sku = aProfitSku("GP-01").stock(80, 0).build();
        ResumeAds resume = (ResumeAds) proposer.propose(input(sku, List.of(OTHER_AD))).get(0);
        assertEquals(List.of(PausingAdsBeforeStockoutTest.AD), resume.ads());
    }

    @Test
    void a_sku_arbiter_never_paused_is_not_resumed() {
        SkuEconomics sku = aProfitSku("GP-02").stock(80, 0).build();
        assertEquals(List.of(), proposer.propose(input(sku, List.of())));
    }

    private static ProposalInput input(SkuEconomics sku, List<ProductAdRef> enabled) {
        Map<Sku, List<ProductAdRef>> productAds = enabled.isEmpty() ? Map.of() : Map.of(sku.sku(), enabled);
        return new ProposalInput(List.of(sku), List.of(), List.of(), productAds, ObjectiveTerms.defaults());
    }
}
