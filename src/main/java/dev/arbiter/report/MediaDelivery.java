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
 * What media delivered and what it cost: impressions and clicks from the advertising targets; the brand's ad spend and
 * attributed sales, those of the SKU economics (the basis of CM2) plus the Sponsored Brands and Display campaign spend
 * no report ties to a SKU; the lines of each ad product; and the day-by-day trend of the SKU economics.
 *
 * @param costPerClick target spend / clicks; NaN without clicks
 * @param unallocatedSpend the part of {@code adSpend} read from campaign reports, in no SKU's contribution
 */
public record MediaDelivery(
        long impressions,
        long clicks,
        double costPerClick,
        Money adSpend,
        Money adSales,
        Money revenue,
        List<DayLine> trend,
        List<AdProductLine> adProducts,
        Money unallocatedSpend) {

    public MediaDelivery {
        Objects.requireNonNull(adSpend, "adSpend");
        Objects.requireNonNull(adSales, "adSales");
        Objects.requireNonNull(revenue, "revenue");
        trend = List.copyOf(trend);
        adProducts = List.copyOf(adProducts);
        Objects.requireNonNull(unallocatedSpend, "unallocatedSpend");
    }

    static MediaDelivery of(List<TargetEconomics> targets, Contribution total, Money adSales, List<SkuDay> days,
            List<AdProductLine> adProducts) {
        long impressions = targets.stream().mapToLong(TargetEconomics::impressions).sum();
        long clicks = targets.stream().mapToLong(TargetEconomics::clicks).sum();
        double clickSpend = targets.stream().mapToDouble(t -> t.spend().amount().doubleValue()).sum();
        Currency currency = total.revenue().currency();
        Money unallocatedSpend =
                adProducts.stream().map(AdProductLine::unallocatedSpend).reduce(Money.zero(currency), Money::plus);
        Money unallocatedSales =
                adProducts.stream().map(AdProductLine::unallocatedSales).reduce(Money.zero(currency), Money::plus);
        return new MediaDelivery(impressions, clicks, clicks == 0 ? Double.NaN : clickSpend / clicks,
                total.adSpend().plus(unallocatedSpend), adSales.plus(unallocatedSales), total.revenue(),
                DayLine.trend(days, currency), adProducts, unallocatedSpend);
    }

    /** Clicks / impressions; NaN without impressions. */
    public double clickThroughRate() {
        return impressions == 0 ? Double.NaN : (double) clicks / impressions;
    }

    /** Ad spend / attributed ad sales; NaN without ad sales. */
    public double acos() {
        return adSpend.ratioTo(adSales);
    }

    /** The brand's ad spend, every ad product's, / total revenue; NaN without revenue. */
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
