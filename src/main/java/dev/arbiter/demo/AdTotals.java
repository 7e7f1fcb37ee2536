package dev.arbiter.demo;

/** Sponsored Products counters summed over search terms, targets, ad groups or days; money in cents. */
record AdTotals(
        long impressions,
        long clicks,
        long spendCents,
        long orders,
        long advertisedUnits,
        long otherUnits,
        long advertisedSalesCents,
        long otherSalesCents) {

    static final AdTotals NONE = new AdTotals(0, 0, 0, 0, 0, 0, 0, 0);

    static AdTotals of(MarketDay.SearchTermDay row) {
        return new AdTotals(row.impressions(), row.clicks(), row.spendCents(), row.orders(), row.advertisedUnits(),
                row.otherUnits(), row.advertisedSalesCents(), row.otherSalesCents());
    }

    AdTotals plus(AdTotals other) {
        return new AdTotals(
                impressions + other.impressions,
                clicks + other.clicks,
                spendCents + other.spendCents,
                orders + other.orders,
                advertisedUnits + other.advertisedUnits,
                otherUnits + other.otherUnits,
                advertisedSalesCents + other.advertisedSalesCents,
                otherSalesCents + other.otherSalesCents);
    }

    long units() {
        return advertisedUnits + otherUnits;
    }

    long salesCents() {
        return advertisedSalesCents + otherSalesCents;
    }
}
