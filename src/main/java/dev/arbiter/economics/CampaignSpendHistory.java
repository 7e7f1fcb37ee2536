package dev.arbiter.economics;

import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One campaign of the latest bulksheet with its portfolio, daily budget and daily ad history (advertised product
 * report): what a spend-response curve is fitted from, and the attributed sales per advertised SKU that weigh its
 * CM1 margin.
 *
 * @param portfolioName the portfolio's name, empty when the campaign belongs to none
 * @param days the days the campaign appears in the report, in order; days it did not appear spent nothing
 */
public record CampaignSpendHistory(
        CampaignId campaignId,
        String campaignName,
        Optional<String> portfolioId,
        String portfolioName,
        Optional<LocalDate> endDate,
        Money dailyBudget,
        boolean enabled,
        List<SpendDay> days,
        Map<Sku, Double> salesBySku) {

    public CampaignSpendHistory {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(portfolioId, "portfolioId");
        Objects.requireNonNull(portfolioName, "portfolioName");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(dailyBudget, "dailyBudget");
        days = List.copyOf(days.stream().sorted(Comparator.comparing(SpendDay::day)).toList());
        salesBySku = Map.copyOf(salesBySku);
    }

    /** Average spend per calendar day over the {@code days} days ending on {@code through}, days without spend as 0. */
    public double averageSpend(LocalDate through, int days) {
        LocalDate from = through.minusDays(days - 1L);
        return this.days.stream()
                .filter(day -> !day.day().isBefore(from) && !day.day().isAfter(through))
                .mapToDouble(SpendDay::spend)
                .sum() / days;
    }

    /** How many of the {@code days} days ending on {@code through} spent at least {@code share} of today's daily budget. */
    public long daysAtBudget(LocalDate through, int days, double share) {
        LocalDate from = through.minusDays(days - 1L);
        double floor = share * dailyBudget.amount().doubleValue();
        return this.days.stream()
                .filter(day -> !day.day().isBefore(from) && !day.day().isAfter(through))
                .filter(day -> day.spend() >= floor)
                .count();
    }

    /**
     * The CM1 margin of what the campaign sold: each advertised SKU's contribution before ads as a share of its
     * revenue, weighted by the campaign's attributed sales of it; 0 without sales or without economics for them.
     */
    public double margin(Map<Sku, SkuEconomics> skus) {
        double weighted = 0;
        double sales = 0;
        for (Map.Entry<Sku, Double> entry : salesBySku.entrySet()) {
            SkuEconomics sku = skus.get(entry.getKey());
            double pct = sku == null ? Double.NaN : sku.contributionBeforeAdsPct();
            if (!Double.isNaN(pct) && entry.getValue() > 0) {
                weighted += entry.getValue() * pct;
                sales += entry.getValue();
            }
        }
        return sales > 0 ? weighted / sales : 0;
    }

    /** The SKU the campaign sold most of (by attributed sales, then by SKU), if it sold any it advertises. */
    public Optional<Sku> mainSku() {
        Comparator<Map.Entry<Sku, Double>> bySales = Map.Entry.comparingByValue();
        Comparator<Map.Entry<Sku, Double>> bySkuReversed = Comparator.comparing(
                (Map.Entry<Sku, Double> entry) -> entry.getKey().value()).reversed();
        return salesBySku.entrySet().stream().max(bySales.thenComparing(bySkuReversed)).map(Map.Entry::getKey);
    }
}
