package dev.arbiter.report;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Sku;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Whether the shelf can carry the demand media buys: in-stock rate, Buy Box share and days of cover.
 *
 * @param inStockRate share of SKU-days with fulfillable stock (the mean of the SKUs' in-stock rates)
 * @param buyBoxShare session-weighted Buy Box share; NaN without sessions
 * @param belowLeadTime SKUs whose cover ends before a reorder could arrive, fewest days first
 * @param overstocked SKUs in stock with more cover than the clear_stock threshold, most days first
 * @param overstockDays the clear_stock threshold in days of cover
 */
public record RetailHealth(
        double inStockRate,
        double buyBoxShare,
        List<CoverLine> belowLeadTime,
        List<CoverLine> overstocked,
        int overstockDays,
        List<CoverBucket> coverDistribution) {

    public RetailHealth {
        belowLeadTime = List.copyOf(belowLeadTime);
        overstocked = List.copyOf(overstocked);
        coverDistribution = List.copyOf(coverDistribution);
    }

    static RetailHealth of(List<SkuEconomics> skus, int overstockDays) {
        double inStock = skus.stream().mapToDouble(SkuEconomics::inStockRate).average().orElse(Double.NaN);
        long sessions = skus.stream().mapToLong(SkuEconomics::sessions).sum();
        double buyBox = sessions == 0
                ? Double.NaN
                : skus.stream().mapToDouble(s -> s.buyBoxPct() * s.sessions()).sum() / sessions;
        List<CoverLine> below = skus.stream()
                .filter(s -> s.daysOfCover() < s.leadTimeDays())
                .map(CoverLine::of)
                .sorted(Comparator.comparingDouble(CoverLine::daysOfCover).thenComparing(CoverLine::sku))
                .toList();
        List<CoverLine> over = skus.stream()
                .filter(s -> s.available() > 0 && s.daysOfCover() > overstockDays)
                .map(CoverLine::of)
                .sorted(Comparator.comparingDouble(CoverLine::daysOfCover).reversed().thenComparing(CoverLine::sku))
                .toList();
        List<CoverBucket> buckets = CoverBucket.RANGES.stream()
                .map(range -> range.count(skus))
                .toList();
        return new RetailHealth(inStock, buyBox, below, over, overstockDays, buckets);
    }

    /** One SKU's cover against the time a reorder takes. */
    public record CoverLine(Sku sku, String title, double daysOfCover, int leadTimeDays, long available, long inbound) {
        public CoverLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(title, "title");
        }

        static CoverLine of(SkuEconomics sku) {
            return new CoverLine(sku.sku(), Objects.requireNonNullElse(sku.title(), ""), sku.daysOfCover(),
                    sku.leadTimeDays(), sku.available(), sku.inbound());
        }
    }

    /**
     * How many SKUs have days of cover in {@code [fromDays, toDays)}; the last bucket holds SKUs that do
     * not sell, whose cover is infinite.
     */
    public record CoverBucket(String label, double fromDays, double toDays, int skus) {
        static final List<CoverBucket> RANGES = List.of(
                new CoverBucket("under 7", 0, 7, 0),
                new CoverBucket("7–14", 7, 14, 0),
                new CoverBucket("14–30", 14, 30, 0),
                new CoverBucket("30–60", 30, 60, 0),
                new CoverBucket("60–90", 60, 90, 0),
                new CoverBucket("90–180", 90, 180, 0),
                new CoverBucket("180 and more", 180, Double.MAX_VALUE, 0),
                new CoverBucket("not selling", Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0));

        public CoverBucket {
            Objects.requireNonNull(label, "label");
        }

        boolean holds(double daysOfCover) {
            if (Double.isInfinite(fromDays)) {
                return Double.isInfinite(daysOfCover);
            }
            return daysOfCover >= fromDays && daysOfCover < toDays;
        }

        CoverBucket count(List<SkuEconomics> skus) {
            int n = (int) skus.stream().filter(s -> holds(s.daysOfCover())).count();
            return new CoverBucket(label, fromDays, toDays, n);
        }
    }
}
