package dev.arbiter.web;

import dev.arbiter.model.Money;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers read on every page and in the JSON: money to the cent with thousands separators and its code
 * ({@code 12,345.67 USD}, the same in every locale), ratios as percentages.
 */
record Display(String currency) {

    String money(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "–" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    static String number(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * The agency's view of a margin: A from 35 % CM1, B from 20 %, C below (seed 001,
     * visibility by role).
     */
    enum MarginTier {
        A, B, C;

        static final double A_FROM = 0.35;
        static final double B_FROM = 0.20;

        static String of(double contributionBeforeAdsPct) {
            if (Double.isNaN(contributionBeforeAdsPct)) {
                return "–";
            }
            return (contributionBeforeAdsPct >= A_FROM ? A : contributionBeforeAdsPct >= B_FROM ? B : C).name();
        }
    }
}
