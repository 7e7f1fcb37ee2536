package dev.arbiter.report.html;

import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * How the report writes numbers for people: money with its currency code at the currency's decimals,
 * ratios as percentages, counts with thousands separators; always in {@link Locale#ROOT}, never the machine's.
 */
record Display(Currency currency) {

    static final String NOT_AVAILABLE = "n/a";

    Display {
        Objects.requireNonNull(currency, "currency");
    }

    String money(Money money) {
        return money(money.amount());
    }

    String money(BigDecimal amount) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return currency.getCurrencyCode() + " "
                + String.format(Locale.ROOT, "%,." + digits + "f", amount.setScale(digits, RoundingMode.HALF_EVEN));
    }

    /** A short amount for chart axes and bar labels: {@code 950}, {@code 12.3k}, {@code -1.2M}. */
    String compact(double amount) {
        double size = Math.abs(amount);
        if (size >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", amount / 1_000_000).replace(".0M", "M");
        }
        if (size >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", amount / 1_000);
        }
        if (size >= 1_000) {
            return String.format(Locale.ROOT, "%.1fk", amount / 1_000).replace(".0k", "k");
        }
        return String.format(Locale.ROOT, size >= 100 || size == Math.rint(size) ? "%.0f" : "%.1f", amount);
    }

    String percent(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return NOT_AVAILABLE;
        }
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    String days(double days) {
        if (Double.isInfinite(days)) {
            return "∞ (not selling)";
        }
        return Double.isNaN(days) ? NOT_AVAILABLE : String.format(Locale.ROOT, "%.1f", days);
    }

    String decimal(double value, int digits) {
        return Double.isNaN(value) ? NOT_AVAILABLE : String.format(Locale.ROOT, "%,." + digits + "f", value);
    }

    /** A rationale figure as {@code name value}, in the figure's unit. */
    String figure(Figure figure) {
        BigDecimal value = figure.value();
        String shown = switch (figure.unit()) {
            case MONEY -> money(value);
            case RATIO -> percent(value.doubleValue());
            case COUNT -> count(value.longValue());
            case DAYS -> days(value.doubleValue()) + " days";
            case UNITS_PER_DAY -> decimal(value.doubleValue(), 1) + " units/day";
            case STARS -> decimal(value.doubleValue(), 2) + " stars";
            case NUMBER -> decimal(value.doubleValue(), 2);
        };
        return figure.name() + " " + shown;
    }
}
