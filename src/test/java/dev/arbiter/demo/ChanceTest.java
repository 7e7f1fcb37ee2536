package dev.arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChanceTest {

    @Test
    void the_same_key_gives_the_same_draws() {
        Chance first = Chance.of(42, 7, 3);
        Chance second = Chance.of(42, 7, 3);

        for (int i = 0; i < 20; i++) {
            assertEquals(first.poisson(12.5), second.poisson(12.5));
        }
    }

    @Test
    void another_entity_or_day_gives_other_draws() {
        long[] sums = new long[3];
        for (int i = 0; i < 50; i++) {
            sums[0] += Chance.of(42, 7, i).poisson(30);
            sums[1] += Chance.of(42, 8, i).poisson(30);
            sums[2] += Chance.of(43, 7, i).poisson(30);
        }
        assertNotEquals(sums[0], sums[1]);
        assertNotEquals(sums[0], sums[2]);
    }

    @Test
    void a_larger_mean_never_draws_a_smaller_count_from_the_same_stream() {
        for (int day = 0; day < 500; day++) {
            long previous = 0;
            for (double mean : new double[] {0.5, 3, 20, 39.9, 45, 400}) {
                long count = Chance.of(1, 1, day).poisson(mean);
                // 39.9 -> 45 crosses from inversion to the normal approximation, where order is not guaranteed
                assertTrue(count >= previous || mean == 45, "day " + day + " mean " + mean);
                previous = count;
            }
        }
    }

    @Test
    void poisson_counts_average_to_their_mean() {
        long sum = 0;
        for (int day = 0; day < 20_000; day++) {
            sum += Chance.of(5, 0, day).poisson(3.0);
        }
        assertEquals(3.0, sum / 20_000.0, 0.05);
    }

    @Test
    void a_zero_mean_draws_nothing() {
        assertEquals(0, Chance.of(1, 2, 3).poisson(0));
    }
}
