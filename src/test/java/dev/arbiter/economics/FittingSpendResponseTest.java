package dev.arbiter.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class FittingSpendResponseTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 2, 1);
    private static final SpendResponsePrior PORTFOLIO = new SpendResponsePrior(0.5, 0.15);

    private final FittingSpendResponse fitting = new FittingSpendResponse(FittingSpendResponse.Settings.defaults());

    @Test
    void recovers_the_scale_and_elasticity_of_a_noisy_power_series() {
        // sales = 3 × spend^0.6 with ±5 % wobble, spend between 10 and 100 a day over 40 days
        List<SpendDay> days = days(40, i -> 10 + 90 * ((i * 17) % 40) / 39.0,
                (i, spend) -> 3 * Math.pow(spend, 0.6) * (1 + 0.05 * Math.sin(i * 2.3)));
        SpendResponseFit fit = fitting.fit(days, 0.4, PORTFOLIO);
        assertEquals(0.6, fit.curve().elasticity(), 0.02);
        assertEquals(3.0, fit.curve().scale(), 0.2);
        assertTrue(fit.ownWeight() > 0.9, "own weight " + fit.ownWeight());
        assertTrue(fit.trustworthy());
    }

    @Test
    void a_campaign_whose_spend_never_varied_keeps_the_portfolio_elasticity_and_is_not_trusted() {
        List<SpendDay> days = days(30, i -> 20.0, (i, spend) -> i % 3 == 0 ? 0 : 60.0);
        SpendResponseFit fit = fitting.fit(days, 0.4, PORTFOLIO);
        assertEquals(0.5, fit.curve().elasticity(), 1e-9);
        assertEquals(0.0, fit.ownWeight(), 1e-6);
        // scale at 0.5: 40 a day on average (20 × 60 / 30) / 20^0.5
        assertEquals(40 / Math.sqrt(20), fit.curve().scale(), 1e-9);
        assertEquals("spend never varied enough to show the curve", fit.doubtsText());
    }

    @Test
    void a_campaign_with_few_days_leans_on_its_portfolio_and_says_so() {
        List<SpendDay> days = days(9, i -> 10 + 5 * (i % 3), (i, spend) -> 2 * Math.pow(spend, 0.9) * (1 + 0.3 * Math.sin(i)));
        SpendResponseFit fit = fitting.fit(days, 0.4, PORTFOLIO);
        assertFalse(fit.trustworthy());
        assertEquals("too few days with spend (9)", fit.doubtsText());
        assertTrue(fit.ownWeight() < 0.5, "own weight " + fit.ownWeight());
    }

    @Test
    void a_portfolio_pools_the_elasticity_of_its_campaigns() {
        List<SpendDay> small = days(30, i -> 5 + (i % 5), (i, spend) -> 4 * Math.pow(spend, 0.7));
        List<SpendDay> large = days(30, i -> 50 + 10 * (i % 4), (i, spend) -> 9 * Math.pow(spend, 0.7));
        assertEquals(0.7, fitting.portfolioPrior(List.of(small, large)).elasticity(), 1e-3);
    }

    @Test
    void marginal_roas_and_contribution_follow_the_curve_by_hand() {
        // sales = 10 × spend^0.5 at a 40 % margin: at 25 a day sales are 50, d sales / d spend = 5 / 5 = 1.0
        SpendResponseCurve curve = new SpendResponseCurve(10, 0.5, 0.4);
        assertEquals(50.0, curve.sales(25), 1e-12);
        assertEquals(1.0, curve.marginalRoas(25), 1e-12);
        assertEquals(-0.6, curve.marginalContributionAfterAds(25), 1e-12);
        // marginal contribution 0 where 0.4 × 5 / √s = 1: s = 4
        assertEquals(4.0, curve.spendWhereMarginalContributionIs(0), 1e-12);
        assertEquals(0.0, curve.marginalContributionAfterAds(4), 1e-12);
    }

    interface Sales {
        double of(int day, double spend);
    }

    static List<SpendDay> days(int count, IntToDoubleFunction spend, Sales sales) {
        List<SpendDay> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double amount = spend.applyAsDouble(i);
            days.add(new SpendDay(FIRST.plusDays(i), amount, sales.of(i, amount)));
        }
        return days;
    }
}
