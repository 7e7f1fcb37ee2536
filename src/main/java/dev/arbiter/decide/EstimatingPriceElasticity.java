package dev.arbiter.decide;

import dev.arbiter.economics.SkuDay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * Estimates a SKU's price elasticity from its own days: the average selling price of a day is its sales / units, and
 * ln(units) is regressed on ln(price) with one indicator per weekday but Monday, so a weekly rhythm is not read as a
 * price effect. Only days that sold are used (the log of zero units is undefined), and only where the price varied:
 * at least {@code minPriceLevels} distinct prices and a coefficient of variation of at least {@code minVariation}.
 */
public final class EstimatingPriceElasticity {

    /**
     * @param minDays selling days needed (the regression has 8 coefficients)
     * @param minPriceLevels distinct daily prices needed, to the cent
     * @param minVariation coefficient of variation of the daily price needed (0.02 = 2 %)
     */
    public record Settings(int minDays, int minPriceLevels, double minVariation) {
        public static Settings defaults() {
            return new Settings(21, 2, 0.02);
        }
    }

    private final Settings settings;

    public EstimatingPriceElasticity(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The elasticity of one SKU from its days, or why there is none. */
    public PriceElasticity estimate(List<SkuDay> days) {
        List<SkuDay> selling = days.stream().filter(d -> d.units() > 0 && d.revenue().amount().signum() > 0).toList();
        double[] prices = selling.stream().mapToDouble(EstimatingPriceElasticity::price).toArray();
        int levels = (int) selling.stream().map(d -> BigDecimal.valueOf(price(d)).setScale(2, RoundingMode.HALF_EVEN)).distinct().count();
        double variation = variation(prices);
        if (selling.size() < settings.minDays()) {
            return new PriceElasticity.TooLittleVariation(String.format(Locale.ROOT, "fewer than %d selling days",
                    settings.minDays()), selling.size(), levels, variation);
        }
        if (levels < settings.minPriceLevels()) {
            return new PriceElasticity.TooLittleVariation(String.format(Locale.ROOT, "fewer than %d distinct prices",
                    settings.minPriceLevels()), selling.size(), levels, variation);
        }
        if (variation < settings.minVariation()) {
            return new PriceElasticity.TooLittleVariation(String.format(Locale.ROOT, "price varied less than %.1f %%",
                    settings.minVariation() * 100), selling.size(), levels, variation);
        }
        double[] y = new double[selling.size()];
        double[][] x = new double[selling.size()][7];
        for (int i = 0; i < selling.size(); i++) {
            SkuDay day = selling.get(i);
            y[i] = Math.log(day.units());
            x[i][0] = Math.log(prices[i]);
            DayOfWeek weekday = day.day().getDayOfWeek();
            if (weekday != DayOfWeek.MONDAY) {
                x[i][weekday.getValue() - 1] = 1;
            }
        }
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        try {
            regression.newSampleData(y, x);
            double[] beta = regression.estimateRegressionParameters();
            double[] errors = regression.estimateRegressionParametersStandardErrors();
            return new PriceElasticity.Estimated(beta[1], errors[1], selling.size(), levels, variation);
        } catch (MathIllegalArgumentException e) {
            return new PriceElasticity.TooLittleVariation("the days cannot separate price from weekday ("
                    + e.getMessage() + ")", selling.size(), levels, variation);
        }
    }

    private static double price(SkuDay day) {
        return day.revenue().amount().doubleValue() / day.units();
    }

    private static double variation(double[] prices) {
        if (prices.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(prices).average().orElse(0);
        double squares = Arrays.stream(prices).map(p -> (p - mean) * (p - mean)).sum();
        return mean == 0 ? 0 : Math.sqrt(squares / (prices.length - 1)) / mean;
    }
}
