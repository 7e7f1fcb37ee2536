package dev.arbiter.economics;

import java.time.LocalDate;
import java.util.Objects;

/** One campaign's ad spend and attributed ad sales on one day, in the marketplace currency. */
public record SpendDay(LocalDate day, double spend, double sales) {
    public SpendDay {
        Objects.requireNonNull(day, "day");
        if (!(spend >= 0) || !(sales >= 0)) {
            throw new IllegalArgumentException("spend and sales of " + day + " must be zero or more, not " + spend
                    + " and " + sales);
        }
    }
}
