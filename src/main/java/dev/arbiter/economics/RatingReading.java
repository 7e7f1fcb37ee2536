package dev.arbiter.economics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reading of a SKU's ratings from the ratings file: the average stars on a day and the count of ratings behind it.
 */
public record RatingReading(LocalDate day, double rating, long ratingsCount) {
    public RatingReading {
        Objects.requireNonNull(day, "day");
    }
}
