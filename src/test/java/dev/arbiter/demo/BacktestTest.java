package dev.arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {
    private final Backtest small = new Backtest(7, 10);

    @Test
    void both_policies_run_on_the_same_market_and_report_in_order() {
        List<BacktestResult> results = small.run(14);
        assertEquals(List.of("arbiter", "siloed"), results.stream().map(BacktestResult::policy).toList());
        for (BacktestResult result : results) {
            assertTrue(result.revenueCents() > 0, result::toString);
            assertTrue(result.adSpendCents() > 0, result::toString);
            assertTrue(result.contributionAfterAdsCents() < result.revenueCents() - result.adSpendCents(), result::toString);
        }
        assertNotEquals(results.get(0), results.get(1).withPolicy("arbiter"));
    }

    @Test
    void the_same_seed_gives_the_same_results() {
        assertEquals(small.run(14), new Backtest(7, 10).run(14));
    }

    @Test
    void a_backtest_shorter_than_a_week_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.run(6));
        assertEquals("a backtest runs between 7 and 365 days, not 6", e.getMessage());
    }
}
