package dev.arbiter.web;

import dev.arbiter.economics.AdProductSpend;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.Money;
import dev.arbiter.policy.Role;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard: the brand's headline figures over the window (ad spend, TACoS and CM2 with the campaign spend no SKU
 * carries, as in the holistic report), their daily trend, and what awaits the viewer.
 */
final class DashboardViews {
    private DashboardViews() {}

    static Views.Dashboard of(Backend backend, Viewer viewer) {
        Display display = new Display(backend.model().currency());
        List<SkuEconomics> skus = backend.economics().skus(backend.window());
        List<SkuDay> days = backend.economics().skuDays(backend.window());
        Money revenue = sum(skus, SkuEconomics::revenue, backend);
        Money cm1 = sum(skus, SkuEconomics::contributionBeforeAds, backend);
        Money unallocated = unallocatedSpend(backend);
        Money cm2 = sum(skus, SkuEconomics::contributionAfterAds, backend).minus(unallocated);
        Money spend = sum(skus, SkuEconomics::adSpend, backend).plus(unallocated);
        long sessions = skus.stream().mapToLong(SkuEconomics::sessions).sum();
        double buyBox = sessions == 0 ? Double.NaN
                : skus.stream().mapToDouble(s -> s.buyBoxPct() * s.sessions()).sum() / sessions;
        double inStock = skus.stream().mapToDouble(SkuEconomics::inStockRate).average().orElse(Double.NaN);
        ActionViews actions = new ActionViews(viewer);
        List<LedgerEntry> mine = backend.ledger().list(Optional.of(Status.AWAITING)).stream()
                .filter(e -> e.awaiting().filter(r -> r == viewer.role() || viewer.role() == Role.CMO).isPresent())
                .filter(actions::visible)
                .toList();
        Trend revenueTrend = Trend.daily(days, d -> d.revenue().amount().doubleValue());
        Trend spendTrend = Trend.daily(days, d -> d.adSpend().amount().doubleValue());
        Trend cm2Trend = Trend.daily(days, d -> d.contributionAfterAds().amount().doubleValue());
        Trend unitsTrend = Trend.daily(days, SkuDay::units);
        boolean money = viewer.seesMoney();
        return new Views.Dashboard(
                backend.brand(),
                backend.window().toString(),
                display.money(revenue),
                money ? display.money(cm1) + " (" + Display.percent(cm1.ratioTo(revenue)) + ")" : null,
                money ? display.money(cm2) + " (" + Display.percent(cm2.ratioTo(revenue)) + ")" : null,
                Display.percent(spend.ratioTo(revenue)),
                skus.stream().mapToLong(SkuEconomics::units).sum(),
                Display.percent(inStock),
                Display.percent(buyBox),
                mine.size(),
                mine.stream().limit(12).map(actions::row).toList(),
                revenueTrend.spark("revenue per day"),
                money ? cm2Trend.spark("CM2 per day") : null,
                Trend.ratio(spendTrend, revenueTrend).spark("TACoS per day"),
                unitsTrend.spark("units per day"));
    }

    /**
     * Sponsored Brands and Display campaign spend, which names no SKU: the brand's ad spend and contribution after ads
     * count it, as the holistic report does; the daily trends stay those of the SKUs.
     */
    private static Money unallocatedSpend(Backend backend) {
        Money total = Money.zero(Currency.getInstance(backend.model().currency()));
        for (AdProductSpend spend : backend.economics().adProductSpend(backend.window())) {
            if (!spend.source().allocatedToSkus() && spend.spend().currency().equals(total.currency())) {
                total = total.plus(spend.spend());
            }
        }
        return total;
    }

    private static Money sum(List<SkuEconomics> skus, Function<SkuEconomics, Money> measure, Backend backend) {
        Money total = Money.zero(Currency.getInstance(backend.model().currency()));
        for (SkuEconomics sku : skus) {
            total = total.plus(measure.apply(sku));
        }
        return total;
    }
}
