package dev.arbiter.economics;

import dev.arbiter.model.Sku;
import java.util.Objects;

/**
 * Where a SKU is heading at the end of a window: its sales and star rating over the last 14 and 28 days against the
 * spans before them. Every figure that cannot be known (no sales before, no ratings file) is NaN.
 *
 * @param salesTrend ordered product sales of the last 14 days / the 14 before, less 1 (−0.2: fell by a fifth)
 * @param salesTrend28d the same over the last 28 days against the 28 before
 * @param rating the latest average star rating read, 1–5
 * @param ratingTrend average stars read over the last 14 days less those of the 14 before, in stars (−0.2: lost a fifth
 *     of a star)
 * @param ratingTrend28d average stars of the last 28 days / the 28 before, less 1
 * @param ratingsCount the latest reading's count of ratings; 0 when none was read
 */
public record SkuTrend(
        Sku sku,
        double salesTrend,
        double salesTrend28d,
        double rating,
        double ratingTrend,
        double ratingTrend28d,
        long ratingsCount) {
    public SkuTrend {
        Objects.requireNonNull(sku, "sku");
    }

    /** A SKU of which nothing is known: every figure NaN, no ratings. */
    public static SkuTrend unknown(Sku sku) {
        return new SkuTrend(sku, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** The relative change from {@code before} to {@code now}; NaN when there is nothing before to compare with. */
    public static double change(double now, double before) {
        return before > 0 && !Double.isNaN(now) ? now / before - 1 : Double.NaN;
    }
}
