package dev.arbiter.economics;

import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Sku;
import java.util.Objects;

/**
 * What one SKU earned over a window, after every cost Amazon and the supplier charge (DESIGN.md, Economics),
 * together with its retail state at the window's end.
 *
 * @param buyBoxPct session-weighted Buy Box share over the window, a fraction
 * @param inStockRate share of the window's days with fulfillable stock, a fraction
 * @param available fulfillable units at the window's end
 * @param inbound units on their way to Amazon at the window's end
 * @param unitsPerDay average units sold per day over the window
 * @param daysOfCover available / unitsPerDay; {@code Double.POSITIVE_INFINITY} when nothing sells
 * @param averagePrice revenue / units over the window (the listed price where nothing sold)
 */
public record SkuEconomics(
        Sku sku,
        String asin,
        String title,
        String category,
        Objective objective,
        String supplier,
        int leadTimeDays,
        Money unitCost,
        DateRange window,
        long units,
        long sessions,
        Money revenue,
        Money cogs,
        Money fees,
        Money returnsCost,
        Money adSpend,
        Money adSales,
        double buyBoxPct,
        double inStockRate,
        long available,
        long inbound,
        double unitsPerDay,
        double daysOfCover,
        Money averagePrice) {

    public SkuEconomics {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(cogs, "cogs");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(returnsCost, "returnsCost");
        Objects.requireNonNull(adSpend, "adSpend");
        Objects.requireNonNull(adSales, "adSales");
        Objects.requireNonNull(unitCost, "unitCost");
        Objects.requireNonNull(averagePrice, "averagePrice");
    }

    /** Revenue and every cost down to CM2, the one place the definitions of DESIGN.md are computed. */
    public Contribution contribution() {
        return Contribution.of(this);
    }

    /** CM1: revenue − cogs − fees − returns cost. */
    public Money contributionBeforeAds() {
        return contribution().contributionBeforeAds();
    }

    /** CM2: CM1 − ad spend. */
    public Money contributionAfterAds() {
        return contribution().contributionAfterAds();
    }

    /** CM1 / revenue; NaN without revenue. */
    public double contributionBeforeAdsPct() {
        return contribution().contributionBeforeAdsPct();
    }

    /** CM2 / revenue; NaN without revenue. */
    public double contributionAfterAdsPct() {
        return contribution().contributionAfterAdsPct();
    }

    /** The ACoS at which an ad sale earns nothing: CM1 / revenue. */
    public double breakEvenAcos() {
        return contributionBeforeAdsPct();
    }

    /** Ad spend / revenue; NaN without revenue. */
    public double tacos() {
        return contribution().tacos();
    }

    /** Ad spend / attributed ad sales; NaN without ad sales. */
    public double acos() {
        return adSpend.ratioTo(adSales);
    }
}
