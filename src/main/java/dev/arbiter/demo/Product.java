package dev.arbiter.demo;

import dev.arbiter.model.Objective;
import java.util.Objects;

/**
 * One SKU of the demo brand with every fact the market model and the files need; money in US cents.
 *
 * @param index position in the assortment, stable for a seed
 * @param line the product line, also its main keyword ("garlic press")
 * @param baseSessions organic detail-page sessions a day before any effect of price, rating or ads
 * @param baseConversion orders per session at the reference price, a 4.3 rating and full Buy Box
 * @param buyBoxLoss report-window days on which a competitor wins part of the Buy Box, or none
 * @param promotion report-window days on which the SKU sells at a discount, or none
 * @param ratingSlide report-window days over which the star rating slides down (a bad batch, a rival's listing), or none
 * @param ratingSlideStars how many stars the rating loses over the slide, linearly, and keeps losing after it
 */
record Product(
        int index,
        String sku,
        String asin,
        String fnsku,
        String parentAsin,
        String line,
        String variant,
        String title,
        Category category,
        long priceCents,
        long unitCostCents,
        double longestSide,
        double medianSide,
        double shortestSide,
        double weightPounds,
        double rating,
        Objective objective,
        String supplier,
        int leadTimeDays,
        double baseSessions,
        double baseConversion,
        StockProfile stockProfile,
        Period buyBoxLoss,
        double buyBoxShareWhenLost,
        Period promotion,
        double promotionDiscount,
        Period ratingSlide,
        double ratingSlideStars) {

    /** A run of report-window day offsets, both ends inclusive; {@link #NONE} when there is none. */
    record Period(int first, int last) {
        static final Period NONE = new Period(-1, -2);

        boolean contains(int offset) {
            return offset >= first && offset <= last;
        }
    }

    Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(buyBoxLoss, "buyBoxLoss");
        Objects.requireNonNull(promotion, "promotion");
        Objects.requireNonNull(ratingSlide, "ratingSlide");
    }

    /** The average star rating shoppers see on a report-window day: the drawn rating, less the slide so far. */
    double rating(int offset) {
        if (ratingSlide.equals(Period.NONE) || offset < ratingSlide.first()) {
            return rating;
        }
        int length = ratingSlide.last() - ratingSlide.first() + 1;
        double share = Math.min(1.0, (offset - ratingSlide.first() + 1) / (double) length);
        return rating - ratingSlideStars * share;
    }

    SizeTier sizeTier() {
        return SizeTier.of(longestSide, weightPounds);
    }

    long fulfilmentFeeCents() {
        return sizeTier().fulfilmentFeeCents(weightPounds);
    }

    /** Amazon's 15 % referral fee, at least $0.30. */
    long referralFeeCents(long salePriceCents) {
        return Math.max(30, Math.round(salePriceCents * 0.15));
    }

    double cubicFeet() {
        return longestSide * medianSide * shortestSide / 1728.0;
    }

    /** The price shoppers pay on a report-window day (negative offsets are warm-up days at list price). */
    long salePriceCents(int offset) {
        return promotion.contains(offset) ? Math.round(priceCents * (1 - promotionDiscount)) : priceCents;
    }

    double buyBoxShare(int offset) {
        return buyBoxLoss.contains(offset) ? buyBoxShareWhenLost : 1.0;
    }
}
