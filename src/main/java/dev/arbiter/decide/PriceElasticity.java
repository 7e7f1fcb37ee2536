package dev.arbiter.decide;

import java.util.Locale;

/**
 * What a SKU's own price history says about how its units respond to its price: an estimate, or why there is none.
 */
public sealed interface PriceElasticity permits PriceElasticity.Estimated, PriceElasticity.TooLittleVariation {

    /** One line with the numbers, for rationales and listings. */
    String describe();

    /**
     * A log-log elasticity: units change by {@code elasticity} % per 1 % of price, with weekdays held apart.
     *
     * @param days selling days in the regression
     * @param priceLevels distinct daily prices (to the cent)
     * @param variation coefficient of variation of the daily price
     */
    record Estimated(double elasticity, double standardError, int days, int priceLevels, double variation)
            implements PriceElasticity {

        /** elasticity / standard error. */
        public double tStatistic() {
            return elasticity / standardError;
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "elasticity %.2f ± %.2f (t = %.1f; %d days, %d price levels, price varied %.1f %%)",
                    elasticity, standardError, tStatistic(), days, priceLevels, variation * 100);
        }
    }

    /** The price did not vary enough, or sold on too few days, to estimate anything. */
    record TooLittleVariation(String reason, int days, int priceLevels, double variation) implements PriceElasticity {
        @Override
        public String describe() {
            return String.format(Locale.ROOT, "no elasticity: %s (%d days, %d price levels, price varied %.1f %%)",
                    reason, days, priceLevels, variation * 100);
        }
    }
}
