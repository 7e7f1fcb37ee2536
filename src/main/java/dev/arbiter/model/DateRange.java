package dev.arbiter.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of days. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends " + to + " before it starts " + from);
        }
    }

    /** The {@code days} days that end on {@code last}, inclusive. */
    public static DateRange endingOn(LocalDate last, int days) {
        return new DateRange(last.minusDays(days - 1L), last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
