package dev.arbiter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobustZTest {

    @Test
    void one_extreme_value_does_not_hide_itself_by_widening_the_spread() {
        RobustZ z = RobustZ.of(new double[] {0.10, 0.11, 0.09, 0.10, 0.12, 0.08, 0.90});
        assertEquals(0.10, z.median(), 1e-12);
        assertEquals(1.4826 * 0.01, z.scale(), 1e-12);
        assertEquals((0.90 - 0.10) / (1.4826 * 0.01), z.score(0.90), 1e-9);
        assertTrue(z.score(0.90) > 50);
    }

    @Test
    void peers_that_do_not_spread_give_no_score() {
        assertTrue(Double.isNaN(RobustZ.of(new double[] {0.2, 0.2, 0.2, 0.2}).score(0.5)));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertEquals(2.5, RobustZ.median(new double[] {4, 1, 3, 2}), 1e-12);
    }
}
