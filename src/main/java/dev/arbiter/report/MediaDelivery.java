package dev.arbiter.report;

import dev.arbiter.economics.Contribution;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What media delivered and what it cost: impressions and clicks from the advertising targets, spend and
 * attributed sales from the SKU economics (the basis of CM2), and the day-by-day trend.
 *
 * @param costPerClick target spend / clicks; NaN without clicks
 */
public record MediaDelivery(
        long impressions, long clicks, double costPerClick, Money adSpend, Money adSales, Money revenue, List<DayLine> trend) {

    public MediaDelivery {
        Objects.requireNonNull(adSpend, "adSpend");
        Objects.requireNonNull(adSales, "adSales");
        Objects.requireNonNull(revenue, "revenue");
        trend = List.copyOf(trend);
    }

    static MediaDelivery of(List<TargetEconomics> targets, Contribution total, Money adSales, List<SkuDay> days) {
        long impressions = targets.stream().mapToLong(TargetEconomics::impressions).sum();
        long clicks = targets.stream().mapToLong(TargetEconomics::clicks).sum();
        double clickSpend = targets.stream().mapToDouble(t -> t.spend().amount().doubleValue()).sum();
        return new MediaDelivery(impressions, clicks, clicks == 0 ? Double.NaN : clickSpend / clicks,
                total.adSpend(), adSales, total.revenue(), DayLine.trend(days, total.revenue().currency()));
    }

    /** Clicks / impressions; NaN without impressions. */
    public double clickThroughRate() {
        return impressions == 0 ? Double.NaN : (double) clicks / impressions;
    }

    /** Ad spend / attributed ad sales; NaN without ad sales. */
    public double acos() {
        return adSpend.ratioTo(adSales);
    }

    /** Ad spend / total revenue; NaN without revenue. */
    public double tacos() {
        return adSpend.ratioTo(revenue);
    }

    /** One day of the brand: revenue, ad spend, ad sales and contribution after ads. */
    public record DayLine(LocalDate day, Money revenue, Money adSpend, Money adSales, Money contributionAfterAds) {
        public DayLine {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(revenue, "revenue");
            Objects.requireNonNull(adSpend, "adSpend");
            Objects.requireNonNull(adSales, "adSales");
            Objects.requireNonNull(contributionAfterAds, "contributionAfterAds");
        }

        static List<DayLine> trend(List<SkuDay> days, Currency currency) {
            Map<LocalDate, Contribution> contribution = new TreeMap<>();
            Map<LocalDate, Money> adSales = new TreeMap<>();
            for (SkuDay day : days) {
                contribution.merge(day.day(), Contribution.of(day), Contribution::plus);
                adSales.merge(day.day(), day.adSales(), Money::plus);
            }
            return contribution.entrySet().stream()
                    .map(e -> new DayLine(e.getKey(), e.getValue().revenue(), e.getValue().adSpend(),
                            adSales.getOrDefault(e.getKey(), Money.zero(currency)), e.getValue().contributionAfterAds()))
                    .toList();
        }
    }
}
