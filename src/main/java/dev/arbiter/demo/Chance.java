package dev.arbiter.demo;

import java.util.SplittableRandom;

/**
 * A stream of random draws keyed by (seed, entity, day), so that changing one target's bid changes only that
 * target's draws: a backtest compares policies on common random numbers. Every draw uses a fixed number of
 * uniforms, which keeps the streams aligned whatever the means are.
 */
final class Chance {
    private final SplittableRandom random;

    private Chance(SplittableRandom random) {
        this.random = random;
    }

    static Chance of(long seed, long entity, long day) {
        long mixed = seed ^ (entity * 0x9E3779B97F4A7C15L) ^ (day * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L);
        return new Chance(new SplittableRandom(mixed));
    }

    double uniform() {
        return random.nextDouble();
    }

    /**
     * A Poisson count with this mean, monotone in the mean for the same draws: inversion below 40, a normal
     * approximation above. Always consumes two uniforms.
     */
    long poisson(double mean) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 40) {
            double probability = Math.exp(-mean);
            double cumulative = probability;
            long k = 0;
            while (u1 > cumulative && k < 200) {
                k++;
                probability *= mean / k;
                cumulative += probability;
            }
            return k;
        }
        double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
    }
}
