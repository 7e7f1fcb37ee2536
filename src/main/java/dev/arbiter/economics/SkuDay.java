package dev.arbiter.economics;

import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.Objects;

/** One SKU on one day: the grain every economics figure is summed from. */
public record SkuDay(
        LocalDate day,
        Sku sku,
        String category,
        long units,
        long sessions,
        double buyBoxPct,
        Money revenue,
        Money cogs,
        Money fees,
        Money returnsCost,
        Money adSpend,
        Money adSales,
        long available) {

    public SkuDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(cogs, "cogs");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(returnsCost, "returnsCost");
        Objects.requireNonNull(adSpend, "adSpend");
        Objects.requireNonNull(adSales, "adSales");
    }

    /** Revenue and every cost down to CM2, the one place the definitions of DESIGN.md are computed. */
    public Contribution contribution() {
        return Contribution.of(this);
    }

    public Money contributionBeforeAds() {
        return contribution().contributionBeforeAds();
    }

    public Money contributionAfterAds() {
        return contribution().contributionAfterAds();
    }
}
