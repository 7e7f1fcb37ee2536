package dev.arbiter.economics;

import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.util.Objects;

/**
 * One keyword or product target's delivery over a window, joined to the SKU its ad group advertises
 * and the bid it runs at now.
 */
public record TargetEconomics(
        TargetRef target,
        Sku sku,
        Money currentBid,
        String state,
        DateRange window,
        long impressions,
        long clicks,
        long orders,
        long units,
        Money spend,
        Money sales) {

    public TargetEconomics {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(currentBid, "currentBid");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(sales, "sales");
    }

    /** Spend / attributed sales; NaN without sales. */
    public double acos() {
        return spend.ratioTo(sales);
    }

    /** Orders / clicks; NaN without clicks. */
    public double conversionRate() {
        return clicks == 0 ? Double.NaN : (double) orders / clicks;
    }

    /** Spend / clicks; NaN without clicks. */
    public double costPerClick() {
        return clicks == 0 ? Double.NaN : spend.amount().doubleValue() / clicks;
    }

    /** Attributed sales / clicks; NaN without clicks. */
    public double salesPerClick() {
        return clicks == 0 ? Double.NaN : sales.amount().doubleValue() / clicks;
    }
}
