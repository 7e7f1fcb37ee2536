package dev.arbiter.decide;

import static dev.arbiter.decide.PriceHistories.history;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatingPriceElasticityTest {
    private final EstimatingPriceElasticity estimating = new EstimatingPriceElasticity(EstimatingPriceElasticity.Settings.defaults());

    @Test
    void recovers_an_elasticity_of_minus_two_from_promotions_with_weekends_held_apart() {
        // every 4th day at 8.00 instead of 10.00: ln units falls 2 × ln(0.8); weekends sell 30 % more at any price,
        // which the weekday indicators absorb; rounding to whole units of ~1000 leaves an error near 1e-3
        List<SkuDay> days = history("GP-01", 56, "10.00", "8.00", 4, 1000, -2.0);

        PriceElasticity.Estimated estimate = (PriceElasticity.Estimated) estimating.estimate(days);

        assertEquals(-2.0, estimate.elasticity(), 0.002);
        assertEquals(56, estimate.days());
        assertEquals(2, estimate.priceLevels());
        assertEquals(true, estimate.tStatistic() < -100, estimate.describe());
    }

    @Test
    void a_price_that_never_changed_gives_no_elasticity_and_says_why() {
        List<SkuDay> days = history("GP-01", 30, "10.00", "10.00", 4, 1000, -2.0);

        assertEquals("no elasticity: fewer than 2 distinct prices (30 days, 1 price levels, price varied 0.0 %)",
                estimating.estimate(days).describe());
    }

    @Test
    void a_price_that_moved_by_a_few_cents_gives_no_elasticity_and_says_by_how_much_it_varied() {
        // 10.00 and 9.95 every 4th day: mean 9.9875, standard deviation 0.0220 → 0.2 %
        List<SkuDay> days = history("GP-01", 28, "10.00", "9.95", 4, 1000, -2.0);

        assertEquals("no elasticity: price varied less than 2.0 % (28 days, 2 price levels, price varied 0.2 %)",
                estimating.estimate(days).describe());
    }

    @Test
    void too_few_selling_days_give_no_elasticity() {
        // three of 14 days at 8.00: mean 9.5714, standard deviation 0.8516 → 8.9 %
        List<SkuDay> days = history("GP-01", 14, "10.00", "8.00", 4, 1000, -2.0);

        assertEquals("no elasticity: fewer than 21 selling days (14 days, 2 price levels, price varied 8.9 %)",
                estimating.estimate(days).describe());
    }
}
