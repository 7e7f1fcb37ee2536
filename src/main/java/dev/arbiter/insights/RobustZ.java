package dev.arbiter.insights;

import java.util.Arrays;

/**
 * Robust z-scores: distance from the median in units of the scaled median absolute deviation (1.4826 × MAD),
 * so that one extreme SKU does not hide itself by inflating the spread, as a mean and standard deviation would.
 */
record RobustZ(double median, double scale) {
    private static final double CONSISTENCY = 1.4826;
    private static final double MEAN_CONSISTENCY = 1.2533;

    static RobustZ of(double[] values) {
        double median = median(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
        return new RobustZ(median, CONSISTENCY * median(deviations));
    }

    /**
     * As {@link #of}, but when more than half the values are equal (MAD 0) the spread falls back to the mean
     * absolute deviation from the median × {@value #MEAN_CONSISTENCY} (Iglewicz and Hoaglin); it stays 0, and
     * every score NaN, only when all values are equal.
     */
    static RobustZ withMeanFallback(double[] values) {
        RobustZ z = of(values);
        if (z.scale > 0 || values.length == 0) {
            return z;
        }
        double meanDeviation = Arrays.stream(values).map(v -> Math.abs(v - z.median)).average().orElse(0);
        return new RobustZ(z.median, MEAN_CONSISTENCY * meanDeviation);
    }

    /** NaN when the peers do not spread at all: no score is meaningful then. */
    double score(double value) {
        return scale > 0 ? (value - median) / scale : Double.NaN;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
