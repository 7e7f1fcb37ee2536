package dev.arbiter.economics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One campaign's ad spend on one day and the sales of its advertised SKUs credited to it, in the marketplace currency:
 * {@code sales} is what the curve is fitted on (ad-attributed sales plus the campaign's share of the SKUs' organic
 * sales, the halo the data shows), {@code attributedSales} the ad-attributed part alone.
 */
public record SpendDay(LocalDate day, double spend, double sales, double attributedSales) {
    public SpendDay {
        Objects.requireNonNull(day, "day");
        if (!(spend >= 0) || !(sales >= 0) || !(attributedSales >= 0) || attributedSales > sales + 1e-9) {
            throw new IllegalArgumentException("spend, sales and attributed sales of " + day + " must be zero or more,"
                    + " attributed no more than sales, not " + spend + ", " + sales + " and " + attributedSales);
        }
    }

    /** A day whose sales are all ad-attributed (no organic sales credited to the spend). */
    public SpendDay(LocalDate day, double spend, double sales) {
        this(day, spend, sales, sales);
    }
}
