package dev.arbiter.economics;

import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a portfolio's own SKUs (those its campaigns advertise) earned over a window, before and after all their ad
 * spend: what a conditional budget's {@code release_when} is evaluated on, rather than the brand's totals.
 */
public record PortfolioEconomics(String portfolio, int skus, Money revenue, Money contributionBeforeAds, Money adSpend,
        Money campaignSpend) {

    public PortfolioEconomics {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(contributionBeforeAds, "contributionBeforeAds");
        Objects.requireNonNull(adSpend, "adSpend");
        Objects.requireNonNull(campaignSpend, "campaignSpend");
    }

    /**
     * Sums the economics of the SKUs the portfolio's campaigns advertise; {@code campaignSpend} is what those
     * campaigns themselves spent over the window.
     */
    public static PortfolioEconomics of(String portfolio, Collection<CampaignSpendHistory> campaigns,
            Map<Sku, SkuEconomics> economics, Money campaignSpend) {
        Currency currency = campaignSpend.currency();
        Set<Sku> own = new TreeSet<>(java.util.Comparator.comparing(Sku::value));
        campaigns.forEach(campaign -> own.addAll(campaign.salesBySku().keySet()));
        Money revenue = Money.zero(currency);
        Money cm1 = Money.zero(currency);
        Money spend = Money.zero(currency);
        int count = 0;
        for (Sku sku : own) {
            SkuEconomics figures = economics.get(sku);
            if (figures != null) {
                revenue = revenue.plus(figures.revenue());
                cm1 = cm1.plus(figures.contributionBeforeAds());
                spend = spend.plus(figures.adSpend());
                count++;
            }
        }
        return new PortfolioEconomics(portfolio, count, revenue, cm1, spend, campaignSpend);
    }

    /** CM1 less all the ad spend of the portfolio's SKUs. */
    public Money contributionAfterAds() {
        return contributionBeforeAds.minus(adSpend);
    }

    /** Contribution after ads as a share of revenue; NaN without revenue. */
    public double contributionAfterAdsPct() {
        return revenue.isZero() ? Double.NaN : contributionAfterAds().ratioTo(revenue);
    }
}
