package dev.arbiter.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lifetime value: alive probabilities, spend shrinkage, the distribution of CLV, and fits that cannot converge. */
class LifetimeValueTest {
    private static final BgNbd CDNOW = new BgNbd(0.243, 4.414, 0.793, 2.426, -9582.4);

    @Test
    void a_customer_without_repeat_purchases_is_alive_by_assumption() {
        assertEquals(1.0, CDNOW.probabilityAlive(new RepeatPurchases(0, 0, 38.86, 0)));
    }

    @Test
    void a_frequent_buyer_silent_for_a_long_time_is_probably_gone() {
        double alive = CDNOW.probabilityAlive(new RepeatPurchases(10, 5, 38.86, 20));

        assertEquals(0.0, alive, 0.01);
    }

    @Test
    void expected_spend_shrinks_a_customers_mean_toward_the_population_mean() {
        GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44, 0);

        assertEquals(6.25 * 15.44 / 2.74, spend.expectedSpend(new RepeatPurchases(0, 0, 10, 0)), 1e-9);
        assertEquals(6.25 * (15.44 + 100) / (6.25 + 2.74), spend.expectedSpend(new RepeatPurchases(1, 5, 10, 100)),
                1e-9);
    }

    @Test
    void the_top_tenth_of_a_hundred_customers_holds_their_share_of_value() {
        List<CustomerValue> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add(new CustomerValue("C-" + i, 1, 1, 1, i));
        }

        ValueDistribution distribution = ValueDistribution.of(values);

        assertEquals((91 + 100) * 10 / 2.0 / 5050, distribution.topTenShare(), 1e-12);
        assertEquals(new ValueDistribution.Decile(1, 10, 955, 95.5, 91), distribution.deciles().get(0));
        assertEquals(new ValueDistribution.Decile(10, 10, 55, 5.5, 1), distribution.deciles().get(9));
    }

    @Test
    void customers_who_never_buy_again_leave_bg_nbd_unidentified_and_the_fit_says_so() {
        List<RepeatPurchases> nobodyReturns = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            nobodyReturns.add(new RepeatPurchases(0, 0, 10 + i, 0));
        }

        ModelFit<BgNbd> fit = LifetimeValueModels.fitBgNbd(nobodyReturns);

        assertInstanceOf(ModelFit.Failed.class, fit);
    }

    @Test
    void gamma_gamma_needs_more_repeat_buyers_than_parameters() {
        ModelFit<GammaGamma> fit = LifetimeValueModels.fitGammaGamma(List.of(new RepeatPurchases(1, 1, 2, 10)));

        assertEquals("did not converge: needs more than 3 customers, has 1", fit.describe());
    }
}
