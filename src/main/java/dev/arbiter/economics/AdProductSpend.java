package dev.arbiter.economics;

import dev.arbiter.model.Money;
import java.util.Objects;

/**
 * One ad product's spend and attributed sales over a window as one source report gives them, and on how many days.
 * Sponsored Display campaign spend is only counted on days no Sponsored Display advertised product report covers, so
 * the same spend is never counted twice.
 *
 * @param days the days of the window the source has rows for
 */
public record AdProductSpend(AdProduct product, SpendSource source, int days, Money spend, Money sales) {
    public AdProductSpend {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(sales, "sales");
        if (days < 0) {
            throw new IllegalArgumentException("days cannot be negative: " + days);
        }
    }
}
