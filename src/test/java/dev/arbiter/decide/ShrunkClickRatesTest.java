package dev.arbiter.decide;

import static dev.arbiter.decide.Skus.aProfitSku;
import static dev.arbiter.decide.Targets.aKeyword;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Sku;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShrunkClickRatesTest {
    private static final SkuEconomics NO_SESSIONS = aProfitSku("GP-01").sessions(0).build();
    private static final TargetEconomics SPARSE = aKeyword("101").delivered(10, 0, "10.00", "0.00").build();
    private static final TargetEconomics BUSY = aKeyword("102").delivered(90, 9, "90.00", "180.00").build();
    private static final TargetEconomics ELSEWHERE =
            aKeyword("201").campaign("2").adGroup("21").delivered(100, 5, "100.00", "100.00").build();

    @Test
    void a_sparse_target_leans_on_its_campaign_which_leans_on_the_sku() {
        // SKU ads (no organic anchor): 14 / 200 = 0.07 and 280 / 200 = 1.40 a click.
        // Campaign 1: (9 + 50 × 0.07) / (100 + 50) = 0.083333 and (180 + 50 × 1.40) / 150 = 1.666667.
        // Ad group 11 holds the same 100 clicks: skipped. Target: (0 + 50 × 0.083333) / (10 + 50) = 0.069444 and
        // (0 + 50 × 1.666667) / 60 = 1.388889, far from its own 0 after ten silent clicks.
        ShrunkClickRates rates = ShrunkClickRates.withPrior(
                List.of(SPARSE, BUSY, ELSEWHERE), Map.of(new Sku("GP-01"), NO_SESSIONS), 50);
        ShrunkClickRates.Estimate estimate = rates.of(SPARSE);
        assertEquals(0.069444, estimate.conversionRate(), 1e-6);
        assertEquals(1.388889, estimate.salesPerClick(), 1e-6);
        assertEquals("SKU ads → campaign → target", estimate.basis());
    }

    @Test
    void a_sku_with_sessions_anchors_the_chain_in_its_organic_rates() {
        // organic 60 units / 600 sessions = 0.10 and 1000.00 / 600 = 1.666667 a session; SKU ads alone:
        // (0 + 20 × 0.10) / (10 + 20) = 0.066667 and (0 + 20 × 1.666667) / 30 = 1.111111
        ShrunkClickRates rates = ShrunkClickRates.withPrior(
                List.of(SPARSE), Map.of(new Sku("GP-01"), aProfitSku("GP-01").build()), 20);
        ShrunkClickRates.Estimate estimate = rates.of(SPARSE);
        assertEquals(0.066667, estimate.conversionRate(), 1e-6);
        assertEquals(1.111111, estimate.salesPerClick(), 1e-6);
        assertEquals("SKU sessions → SKU ads", estimate.basis());
    }

    @Test
    void a_target_without_any_evidence_above_it_is_worth_nothing() {
        ShrunkClickRates rates = ShrunkClickRates.withPrior(List.of(SPARSE), Map.of(), 20);
        assertEquals(new ShrunkClickRates.Estimate(0, 0, 20, "SKU ads"), rates.of(SPARSE));
    }

    @Test
    void the_prior_strength_comes_from_how_far_rates_scatter_beyond_noise() {
        // rates 0.10 and 0.30 over 100 clicks each: m = 0.20, scatter 100 × 0.01 × 2 = 2, noise (2 − 1) × 0.16,
        // τ² = (2 − 0.16) / (200 − 20000 / 200) = 0.0184, k = 0.16 / 0.0184 − 1 = 7.695652
        List<TargetEconomics> targets = List.of(
                aKeyword("1").delivered(100, 10, "1.00", "1.00").build(),
                aKeyword("2").delivered(100, 30, "1.00", "1.00").build());
        assertEquals(7.695652, PriorStrength.fit(targets, 1, 1000), 1e-6);
        assertEquals(10, PriorStrength.fit(targets, 10, 200), 1e-12);
    }

    @Test
    void rates_that_scatter_no_more_than_noise_get_the_strongest_prior() {
        List<TargetEconomics> targets = List.of(
                aKeyword("1").delivered(100, 20, "1.00", "1.00").build(),
                aKeyword("2").delivered(100, 20, "1.00", "1.00").build());
        assertEquals(200, PriorStrength.fit(targets, 10, 200), 1e-12);
    }
}
