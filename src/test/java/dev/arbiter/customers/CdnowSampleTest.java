package dev.arbiter.customers;

import static dev.arbiter.customers.PublishedCdnowSummaryTest.assertWithinOnePercent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.customers.csv.OrderFileReading;
import dev.arbiter.customers.csv.OrderFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The raw CDNOW sample (2,357 customers) read as-is, collapsed by customer and day and calibrated on 39 weeks to
 * 1997-09-30, gives Fader, Hardie and Lee's (2005) BG/NBD and Gamma-Gamma estimates within 1%.
 */
class CdnowSampleTest {
    private static final Path SAMPLE = Path.of("..", "shared", "data", "cdnow", "CDNOW_sample.txt");
    private static CustomerAnalysis analysis;

    @BeforeAll
    static void analyse_the_sample() {
        Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "the CDNOW sample is not in ../shared/data/cdnow");
        OrderFileReading reading = OrderFormat.CDNOW.read(SAMPLE, "USD");
        analysis = CustomerAnalysis.of(reading.lines(), OrderCosts.none("USD"), LocalDate.of(1997, 9, 30),
                PeriodUnit.WEEK, 39);
    }

    @Test
    void the_calibration_period_holds_the_papers_customers_and_repeat_transactions() {
        assertEquals(2357, analysis.calibration().customers().size());
        assertEquals(2457, analysis.calibration().repeatTransactions());
    }

    @Test
    void bg_nbd_matches_the_published_estimates_within_one_percent() {
        BgNbd model = analysis.purchases().model().orElseThrow();

        assertWithinOnePercent(0.243, model.r(), "r");
        assertWithinOnePercent(4.414, model.alpha(), "alpha");
        assertWithinOnePercent(0.793, model.a(), "a");
        assertWithinOnePercent(2.426, model.b(), "b");
        assertEquals(-9582.4, model.logLikelihood(), 0.5);
    }

    @Test
    void gamma_gamma_matches_the_published_estimates_within_one_percent() {
        GammaGamma model = analysis.spend().model().orElseThrow();

        assertWithinOnePercent(6.25, model.p(), "p");
        assertWithinOnePercent(3.74, model.q(), "q");
        assertWithinOnePercent(15.44, model.gamma(), "gamma");
    }

    @Test
    void a_customer_with_two_repeats_is_expected_to_buy_1_226_times_in_the_39_week_holdout() {
        BgNbd model = analysis.purchases().model().orElseThrow();

        // the BTYD vignette's worked example; scipy's hyp2f1 and a Monte Carlo of the posterior give 1.2259
        assertEquals(1.2259, model.expectedPurchases(new RepeatPurchases(2, 30.43, 38.86, 0), 39), 0.002);
    }
}
