package dev.arbiter.decide;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A SKU's forecast of daily units: level, damped trend and one additive seasonal term per weekday, starting the day
 * after its history ends, with the one-step-ahead error it made on that history.
 *
 * @param method how it was fitted
 * @param level smoothed units per day at the end of the history
 * @param trend smoothed change of the level per day, damped by {@code damping} each day ahead
 * @param damping the trend's damping factor φ (1 = undamped)
 * @param seasons the additive weekday terms for the 1st to 7th day ahead (7 zeros without a season)
 * @param error root mean square one-step-ahead error on the observed days, units per day
 * @param observedDays days whose demand was seen (in stock, or sold anyway)
 * @param stockoutDays days left out because the SKU had no stock
 * @param smoothing α, β, γ as fitted (β and γ are 0 where the method has no trend or season)
 */
public record VelocityForecast(
        ForecastMethod method,
        double level,
        double trend,
        double damping,
        List<Double> seasons,
        double error,
        int observedDays,
        int stockoutDays,
        List<Double> smoothing) {

    /** The longest cover reported, in days. */
    public static final int MAX_COVER_DAYS = 3650;

    public VelocityForecast {
        Objects.requireNonNull(method, "method");
        seasons = List.copyOf(seasons);
        smoothing = List.copyOf(smoothing);
        if (seasons.size() != 7) {
            throw new IllegalArgumentException("a weekly season has 7 terms, got " + seasons.size());
        }
    }

    /** A flat forecast at the window's average velocity; its error is the Poisson noise of that many units a day. */
    public static VelocityForecast windowAverage(double unitsPerDay) {
        double perDay = Math.max(0, unitsPerDay);
        return new VelocityForecast(ForecastMethod.WINDOW_AVERAGE, perDay, 0, 1, List.of(0d, 0d, 0d, 0d, 0d, 0d, 0d),
                Math.sqrt(perDay), 0, 0, List.of());
    }

    /** Units expected on the h-th day after the history (h ≥ 1); never below zero. */
    public double unitsOnDay(int h) {
        double dampedSum = 0;
        double factor = 1;
        for (int k = 1; k <= h; k++) {
            factor *= damping;
            dampedSum += factor;
        }
        return Math.max(0, level + trend * dampedSum + seasons.get((h - 1) % 7));
    }

    /** Units expected over the next {@code days} days. */
    public double demandOver(int days) {
        double total = 0;
        for (int h = 1; h <= days; h++) {
            total += unitsOnDay(h);
        }
        return total;
    }

    /** The average units per day expected over the coming week. */
    public double unitsPerDay() {
        return demandOver(7) / 7;
    }

    /**
     * Days the given stock lasts at the forecast: whole days fully covered plus the covered share of the next one; at
     * most {@value #MAX_COVER_DAYS} (ten years), so a forecast that sells nothing still gives a number to show.
     */
    public double daysOfCover(double stock) {
        double left = stock;
        double dampedSum = 0;
        double factor = 1;
        for (int h = 1; h <= MAX_COVER_DAYS; h++) {
            factor *= damping;
            dampedSum += factor;
            double day = Math.max(0, level + trend * dampedSum + seasons.get((h - 1) % 7));
            if (day >= left && day > 0) {
                return h - 1 + left / day;
            }
            left -= day;
        }
        return MAX_COVER_DAYS;
    }

    /** How the forecast reads in a rationale, e.g. {@code Holt-Winters with weekly season: 4.2/day ± 1.1}. */
    public String describe() {
        String excluded = stockoutDays == 0 ? "" : String.format(Locale.ROOT, ", %d stock-out days left out", stockoutDays);
        return String.format(Locale.ROOT, "%s: %.1f/day ± %.1f%s", method.description(), unitsPerDay(), error, excluded);
    }
}
