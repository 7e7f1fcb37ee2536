package dev.arbiter.insights;

import java.util.List;
import java.util.Objects;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The difference-in-differences of one daily metric: each day's gap between the treated unit and the mean of its
 * control group, averaged over the days after minus the days before. The gap takes out what moved treated and
 * controls alike (season, a promotion, the market); what remains is the action's effect per day. The 95 % interval
 * is Welch's t interval of that difference of means, with Welch–Satterthwaite degrees of freedom.
 */
public final class DifferenceInDifferences {
    private static final double LEVEL = 0.975;

    private DifferenceInDifferences() {}

    /**
     * The effect per day with its 95 % interval.
     *
     * @param gapsBefore treated minus control mean, one per day before the action
     * @param gapsAfter treated minus control mean, one per day after it
     */
    public static Estimate of(List<Double> gapsBefore, List<Double> gapsAfter) {
        Objects.requireNonNull(gapsBefore, "gapsBefore");
        Objects.requireNonNull(gapsAfter, "gapsAfter");
        if (gapsBefore.size() < 2 || gapsAfter.size() < 2) {
            throw new IllegalArgumentException("a difference-in-differences needs at least two days on each side, got "
                    + gapsBefore.size() + " before and " + gapsAfter.size() + " after");
        }
        double effect = mean(gapsAfter) - mean(gapsBefore);
        double varianceAfter = variance(gapsAfter) / gapsAfter.size();
        double varianceBefore = variance(gapsBefore) / gapsBefore.size();
        double squared = varianceAfter + varianceBefore;
        if (squared == 0) {
            return new Estimate(effect, effect, effect);
        }
        double freedom = squared * squared / (varianceAfter * varianceAfter / (gapsAfter.size() - 1)
                + varianceBefore * varianceBefore / (gapsBefore.size() - 1));
        double half = new TDistribution(freedom).inverseCumulativeProbability(LEVEL) * Math.sqrt(squared);
        return new Estimate(effect, effect - half, effect + half);
    }

    /** An effect per day and its 95 % interval. */
    public record Estimate(double effect, double low, double high) {
        /** Whether the whole interval lies above zero. */
        public boolean surelyPositive() {
            return low > 0;
        }

        /** Whether the whole interval lies below zero. */
        public boolean surelyNegative() {
            return high < 0;
        }
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The sample variance (n − 1 in the denominator). */
    private static double variance(List<Double> values) {
        double mean = mean(values);
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    }
}
