package dev.arbiter.decide;

import static dev.arbiter.decide.Skus.aProfitSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Figure;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PausingAdsBeforeStockoutTest {
    static final ProductAdRef AD = new ProductAdRef(new CampaignId("1"), new AdGroupId("11"), "9001", "Garlic Press - Exact", "AG 11");

    private final PausingAdsBeforeStockout proposer = new PausingAdsBeforeStockout();

    @Test
    void a_sku_that_runs_out_before_a_restock_arrives_pauses_its_ads() {
        // 40 available at 2 a day = 20 days of cover, nothing inbound, lead time 30 days + 6.37 safety days
        // (safety stock 1.6449 × √2 × √30 = 12.74 units at 2 a day)
        SkuEconomics sku = aProfitSku("GP-01").stock(40, 0).build();
        List<Action> actions = proposer.propose(input(sku, List.of(AD)));
        assertEquals(1, actions.size());
        PauseAds pause = (PauseAds) actions.get(0);
        assertEquals(List.of(AD), pause.ads());
        // 150.00 of ad spend over 30 days = 5.00 a day
        assertEquals(new BigDecimal("5.00"), pause.dailySpendStopped().amount().setScale(2));
    }

    @Test
    void the_rationale_shows_stock_forecast_cover_lead_time_and_safety_days() {
        SkuEconomics sku = aProfitSku("GP-01").stock(40, 10).build();
        Action pause = proposer.propose(input(sku, List.of(AD))).get(0);
        assertEquals("GP-01 has 20.0 days of cover (25.0 with inbound) against a lead time of 30 days plus 6.4 safety"
                + " days (the window's average velocity (no daily history): 2.0/day ± 1.4): pause its ads",
                pause.rationale().summary());
        assertEquals(new BigDecimal("40"), figure(pause, "available"));
        assertEquals(new BigDecimal("10"), figure(pause, "inbound"));
        assertEquals(2.0, figure(pause, "forecast_units_per_day").doubleValue(), 1e-12);
        assertEquals(6.3705, figure(pause, "safety_days").doubleValue(), 1e-4);
        assertEquals(0.95, figure(pause, "service_level").doubleValue(), 1e-12);
        assertEquals(20.0, figure(pause, "days_of_cover").doubleValue(), 1e-12);
        // (40 + 10) / 2 = 25 days with inbound
        assertEquals(25.0, figure(pause, "days_of_cover_with_inbound").doubleValue(), 1e-12);
        assertEquals(30.0, figure(pause, "lead_time_days").doubleValue(), 1e-12);
        assertEquals(new BigDecimal("5.00"), figure(pause, "daily_ad_spend_stopped").setScale(2));
    }

    @Test
    void enough_inbound_stock_keeps_the_ads_running() {
        // (40 + 34) / 2 = 37 days with inbound ≥ 30 days of lead time + 6.37 safety days
        SkuEconomics sku = aProfitSku("GP-01").stock(40, 34).build();
        assertEquals(List.of(), proposer.propose(input(sku, List.of(AD))));
    }

    @Test
    void cover_longer_than_the_lead_time_keeps_the_ads_running() {
        // 100 available at 2 a day = 50 days ≥ 36.37
        SkuEconomics sku = aProfitSku("GP-01").stock(100, 0).build();
        assertEquals(List.of(), proposer.propose(input(sku, List.of(AD))));
    }

    @Test
    void a_sku_without_enabled_product_ads_has_nothing_to_pause() {
        SkuEconomics sku = aProfitSku("GP-01").stock(40, 0).build();
        assertEquals(List.of(), proposer.propose(input(sku, List.of())));
    }

    @Test
    void a_sku_that_lost_the_buy_box_pauses_its_ads_even_with_stock() {
        // 100 available at 2 a day is 50 days of cover, but the Buy Box was ours on 40 % of sessions (< 50 %);
        // the default SKU spent 150.00 over 30 days: 5.00 a day stopped
        SkuEconomics sku = aProfitSku("GP-01").stock(100, 0).buyBox(0.40).build();
        List<Action> actions = proposer.propose(input(sku, List.of(AD)));
        assertEquals(1, actions.size(), actions::toString);
        assertEquals("GP-01 held the Buy Box on 40 % of its sessions, below 50 %: pause its ads until it wins it back",
                actions.get(0).rationale().summary());
        assertEquals(new BigDecimal("5.00"), ((PauseAds) actions.get(0)).dailySpendStopped().amount().setScale(2));
    }

    @Test
    void a_buy_box_at_the_level_keeps_the_ads_running() {
        SkuEconomics sku = aProfitSku("GP-01").stock(100, 0).buyBox(0.50).build();
        assertEquals(List.of(), proposer.propose(input(sku, List.of(AD))));
    }

    @Test
    void a_sku_that_does_not_sell_never_runs_out() {
        // zero velocity: infinite cover even with no stock at all
        SkuEconomics sku = aProfitSku("GP-01").withoutSales().stock(0, 0).build();
        assertEquals(Double.POSITIVE_INFINITY, sku.daysOfCover());
        assertEquals(List.of(), proposer.propose(input(sku, List.of(AD))));
    }

    private static ProposalInput input(SkuEconomics sku, List<ProductAdRef> ads) {
        Map<Sku, List<ProductAdRef>> productAds = ads.isEmpty() ? Map.of() : Map.of(sku.sku(), ads);
        return new ProposalInput(List.of(sku), List.of(), List.of(), productAds, ObjectiveTerms.defaults());
    }

    private static BigDecimal figure(Action action, String name) {
        return action.rationale().figure(name).map(Figure::value).orElseThrow(() -> new AssertionError("no " + name));
    }
}
