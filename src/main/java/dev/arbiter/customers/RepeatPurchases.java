package dev.arbiter.customers;

/**
 * One customer's calibration-period summary in the papers' notation: {@code x} repeat transactions, the last at
 * {@code tx} and the period's length {@code T} since the first purchase (both in the analysis' time unit), and the
 * mean value of the repeat transactions (0 when there are none).
 */
public record RepeatPurchases(int frequency, double recency, double age, double meanRepeatValue) {
    public RepeatPurchases {
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency must not be negative: " + frequency);
        }
        if (recency < 0 || age < recency) {
            throw new IllegalArgumentException("need 0 <= recency <= age, got " + recency + " and " + age);
        }
        if (meanRepeatValue < 0) {
            throw new IllegalArgumentException("mean repeat value must not be negative: " + meanRepeatValue);
        }
    }
}
