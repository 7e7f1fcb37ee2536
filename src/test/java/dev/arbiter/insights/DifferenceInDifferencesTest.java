package dev.arbiter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferenceInDifferencesTest {

    @Test
    void the_effect_is_the_mean_gap_after_less_the_mean_gap_before_with_a_welch_t_interval() {
        // gaps after 4, 7, 1: mean 4, variance 9, so 9 / 3 = 3; before 3, 3, 3: mean 3, variance 0.
        // effect 4 − 3 = 1; Welch df = 3² / (3² / 2) = 2; t(0.975, 2) = 4.302653; half-width 4.302653 × √3 = 7.452413
        DifferenceInDifferences.Estimate estimate = DifferenceInDifferences.of(List.of(3.0, 3.0, 3.0), List.of(4.0, 7.0, 1.0));

        assertEquals(1.0, estimate.effect(), 1e-12);
        assertEquals(-6.452413, estimate.low(), 1e-6);
        assertEquals(8.452413, estimate.high(), 1e-6);
    }

    @Test
    void gaps_that_do_not_vary_give_an_interval_of_one_point() {
        DifferenceInDifferences.Estimate estimate = DifferenceInDifferences.of(List.of(-1.0, -1.0), List.of(-3.0, -3.0));

        assertEquals(new DifferenceInDifferences.Estimate(-2.0, -2.0, -2.0), estimate);
    }

    @Test
    void one_day_on_a_side_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DifferenceInDifferences.of(List.of(1.0), List.of(1.0, 2.0)));

        assertEquals("a difference-in-differences needs at least two days on each side, got 1 before and 2 after",
                e.getMessage());
    }
}
