package dev.arbiter.economics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a SKU's Business Report units and whether it had stock to sell: a day without stock says nothing of
 * demand, so forecasts treat it as missing rather than as zero.
 */
public record DailyUnits(LocalDate day, long units, boolean inStock) {
    public DailyUnits {
        Objects.requireNonNull(day, "day");
        if (units < 0) {
            throw new IllegalArgumentException("units on " + day + " cannot be negative, got " + units);
        }
    }

    /** Whether the day tells something of demand: it had stock, or it sold anyway. */
    public boolean observed() {
        return inStock || units > 0;
    }
}
