package dev.arbiter.decide;

import dev.arbiter.economics.DailyUnits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fits a SKU's daily velocity by exponential smoothing: additive Holt-Winters (level, damped trend, weekly season)
 * with four weeks of observed days or more, Holt's trend smoothing with two to four, simple smoothing below. Days
 * without stock are missing, not zero demand: the state moves on by its own forecast and the error ignores them.
 *
 * <p>The smoothing constants are chosen on a fixed grid (9 α × 5 β × 5 γ) by the least sum of squared one-step-ahead
 * errors. A grid rather than a continuous optimiser because the error surface of a few weeks of counts is flat and
 * ragged: a local optimiser lands on different corners for near-identical histories, while the grid is
 * deterministic, bounded to sensible values and costs about 20,000 updates per SKU.
 */
public final class HoltWinters {
    /** Trend damping (Gardner and McKenzie): a trend fitted on weeks must not run on unchecked for months. */
    static final double DAMPING = 0.9;
    static final int SEASON = 7;
    static final int HOLT_WINTERS_DAYS = 28;
    static final int HOLT_DAYS = 14;

    private static final double[] ALPHAS = {0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7};
    private static final double[] BETAS = {0, 0.02, 0.05, 0.1, 0.2};
    private static final double[] GAMMAS = {0, 0.05, 0.1, 0.2, 0.3};
    private static final double[] NONE = {0};

    /** The forecast from the day after the last of {@code history}, consecutive days in order. */
    public VelocityForecast fit(List<DailyUnits> history) {
        double[] units = new double[history.size()];
        boolean[] seen = new boolean[history.size()];
        int observed = 0;
        for (int t = 0; t < units.length; t++) {
            units[t] = history.get(t).units();
            seen[t] = history.get(t).observed();
            observed += seen[t] ? 1 : 0;
        }
        int stockouts = units.length - observed;
        if (observed == 0) {
            return new VelocityForecast(ForecastMethod.SIMPLE, 0, 0, 1, zeros(), 0, 0, stockouts, List.of());
        }
        ForecastMethod method = observed >= HOLT_WINTERS_DAYS ? ForecastMethod.HOLT_WINTERS
                : observed >= HOLT_DAYS ? ForecastMethod.HOLT : ForecastMethod.SIMPLE;
        boolean trended = method != ForecastMethod.SIMPLE;
        boolean seasonal = method == ForecastMethod.HOLT_WINTERS;
        Run best = null;
        for (double alpha : ALPHAS) {
            for (double beta : trended ? BETAS : NONE) {
                for (double gamma : seasonal ? GAMMAS : NONE) {
                    Run run = new Run(units, seen, method, alpha, beta, gamma);
                    if (best == null || run.squaredError < best.squaredError) {
                        best = run;
                    }
                }
            }
        }
        return best.forecast(observed, stockouts);
    }

    private static List<Double> zeros() {
        return Collections.nCopies(SEASON, 0d);
    }

    /** One pass of the smoothing recursions over the history with one set of constants. */
    private static final class Run {
        private final ForecastMethod method;
        private final double alpha;
        private final double beta;
        private final double gamma;
        private final double damping;
        private final double[] season = new double[SEASON];
        private final int length;
        private double level;
        private double trend;
        private double squaredError;
        private int errors;

        Run(double[] units, boolean[] seen, ForecastMethod method, double alpha, double beta, double gamma) {
            this.method = method;
            this.alpha = alpha;
            this.beta = beta;
            this.gamma = gamma;
            this.damping = method == ForecastMethod.SIMPLE ? 1 : DAMPING;
            this.length = units.length;
            int warmUp = initialise(units, seen);
            for (int t = 0; t < units.length; t++) {
                double slot = season[t % SEASON];
                double predicted = level + damping * trend + slot;
                if (!seen[t]) {
                    level += damping * trend;
                    trend *= damping;
                    continue;
                }
                if (t >= warmUp) {
                    squaredError += (units[t] - predicted) * (units[t] - predicted);
                    errors++;
                }
                double previous = level;
                level = alpha * (units[t] - slot) + (1 - alpha) * (level + damping * trend);
                trend = beta * (level - previous) + (1 - beta) * damping * trend;
                if (method == ForecastMethod.HOLT_WINTERS) {
                    season[t % SEASON] = gamma * (units[t] - level) + (1 - gamma) * slot;
                }
            }
        }

        /**
         * Starting state from the first weeks: the level is their observed mean, the trend the change between the
         * first and second week's means over 7 days, each weekday's season its mean deviation from the level; returns
         * the day from which one-step errors count (after the days the start was read from).
         */
        private int initialise(double[] units, boolean[] seen) {
            int span = method == ForecastMethod.HOLT_WINTERS ? 2 * SEASON : method == ForecastMethod.HOLT ? SEASON : 1;
            int end = firstDays(seen, span);
            level = mean(units, seen, 0, end);
            if (method != ForecastMethod.SIMPLE) {
                int half = firstDays(seen, Math.max(1, span / 2));
                double first = mean(units, seen, 0, half);
                double second = mean(units, seen, half, end);
                trend = Double.isNaN(first) || Double.isNaN(second) ? 0 : (second - first) / Math.max(1, (end - half));
            }
            if (method == ForecastMethod.HOLT_WINTERS) {
                double[] sum = new double[SEASON];
                int[] count = new int[SEASON];
                for (int t = 0; t < end; t++) {
                    if (seen[t]) {
                        sum[t % SEASON] += units[t] - level;
                        count[t % SEASON]++;
                    }
                }
                double total = 0;
                for (int d = 0; d < SEASON; d++) {
                    season[d] = count[d] == 0 ? 0 : sum[d] / count[d];
                    total += season[d];
                }
                for (int d = 0; d < SEASON; d++) {
                    season[d] -= total / SEASON;
                }
            }
            return end;
        }

        /** The index just past the first {@code wanted} observed days. */
        private static int firstDays(boolean[] seen, int wanted) {
            int found = 0;
            for (int t = 0; t < seen.length; t++) {
                found += seen[t] ? 1 : 0;
                if (found == wanted) {
                    return t + 1;
                }
            }
            return seen.length;
        }

        private static double mean(double[] units, boolean[] seen, int from, int to) {
            double sum = 0;
            int count = 0;
            for (int t = from; t < to; t++) {
                if (seen[t]) {
                    sum += units[t];
                    count++;
                }
            }
            return count == 0 ? Double.NaN : sum / count;
        }

        VelocityForecast forecast(int observed, int stockouts) {
            List<Double> ahead = new ArrayList<>(SEASON);
            for (int h = 1; h <= SEASON; h++) {
                ahead.add(season[(length - 1 + h) % SEASON]);
            }
            double error = errors == 0 ? Math.sqrt(Math.max(0, level)) : Math.sqrt(squaredError / errors);
            return new VelocityForecast(method, level, trend, damping, ahead, error, observed, stockouts,
                    List.of(alpha, beta, gamma));
        }
    }
}
