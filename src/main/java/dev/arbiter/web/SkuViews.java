package dev.arbiter.web;

import dev.arbiter.economics.RatingReading;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SkuTrend;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.ObjectiveInForce;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Everything about one SKU on one screen; a margin-tier viewer sees the tier instead of the waterfall. */
final class SkuViews {
    /** Days of ratings readings the SKU page draws: the two 14-day spans of the trend and the two before. */
    private static final int RATING_DAYS = 56;

    private SkuViews() {}

    static Optional<Views.SkuPage> of(Backend backend, Viewer viewer, String skuValue) {
        Optional<SkuEconomics> found = backend.economics().skus(backend.window()).stream()
                .filter(s -> s.sku().value().equals(skuValue)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SkuEconomics sku = found.get();
        Display display = new Display(backend.model().currency());
        List<SkuDay> days = backend.economics().skuDays(backend.window()).stream()
                .filter(d -> d.sku().equals(sku.sku())).toList();
        List<Views.TargetRow> targets = backend.economics().targets(backend.window()).stream()
                .filter(t -> t.sku().equals(sku.sku()))
                .sorted(Comparator.comparing(TargetEconomics::spend).reversed())
                .map(t -> new Views.TargetRow(t.target().label(), t.clicks(), t.orders(), display.money(t.spend()),
                        display.money(t.sales()), Display.percent(t.acos()), display.money(t.currentBid())))
                .toList();
        ActionViews actions = new ActionViews(viewer);
        List<Views.ActionRow> rows = backend.ledger().list(Optional.empty()).stream()
                .filter(e -> e.action().servedSku().map(Sku::value).filter(skuValue::equals).isPresent())
                .filter(actions::visible)
                .map(actions::row)
                .toList();
        boolean money = viewer.seesMoney();
        List<RatingReading> rating = readings(backend, sku.sku());
        return Optional.of(new Views.SkuPage(
                sku.sku().value(), sku.title(), sku.category(), objective(backend, sku),
                Display.MarginTier.of(sku.contributionBeforeAdsPct()),
                display.money(sku.revenue()), sku.units(),
                money ? display.money(sku.contributionBeforeAds()) : null,
                money ? display.money(sku.contributionAfterAds()) : null,
                money ? Display.percent(sku.contributionAfterAdsPct()) : null,
                money ? waterfall(sku, display) : null,
                sku.available(), sku.inbound(), Display.number(sku.unitsPerDay(), 1), Display.number(sku.daysOfCover(), 0),
                Display.percent(sku.inStockRate()), Display.percent(sku.buyBoxPct()),
                Trend.daily(days, SkuDay::units).spark("units per day"),
                Trend.daily(days, SkuDay::buyBoxPct).spark("Buy Box share per day"),
                targets, rows, rating.isEmpty() ? null : Display.number(rating.get(rating.size() - 1).rating(), 2),
                ratingNote(sku.sku(), backend, rating),
                new Trend(rating.stream().mapToDouble(RatingReading::rating).toArray()).spark("stars per reading")));
    }

    /** The readings of the ratings file over the 56 days the rating trend compares; empty without a ratings file. */
    private static List<RatingReading> readings(Backend backend, Sku sku) {
        LocalDate last = backend.window().to();
        return backend.economics().ratings(sku, new DateRange(last.minusDays(RATING_DAYS - 1L), last));
    }

    private static String ratingNote(Sku sku, Backend backend, List<RatingReading> readings) {
        if (readings.isEmpty()) {
            return "no ratings file loaded for this SKU (docs/ingest.md describes it)";
        }
        SkuTrend trend = backend.economics().trends(backend.window().to()).getOrDefault(sku, SkuTrend.unknown(sku));
        String change = Double.isNaN(trend.ratingTrend()) ? "no earlier reading to compare with"
                : String.format(Locale.ROOT, "%+.2f stars over the last 14 days against the 14 before",
                        trend.ratingTrend());
        return "from " + readings.get(readings.size() - 1).ratingsCount() + " ratings; " + change;
    }

    /** The SKU's objective, with the time-bounded entry that sets it and when that ends, if one does. */
    private static String objective(Backend backend, SkuEconomics sku) {
        return backend.model().objectivePlan().inForce(sku.sku(), sku.category(), backend.window().to())
                .filter(entry -> entry.objective() == sku.objective())
                .map(ObjectiveInForce::describe)
                .orElse(sku.objective().key());
    }

    /** Revenue down to CM2, each step a bar offset from the running total, scaled to the revenue. */
    private static List<Views.Step> waterfall(SkuEconomics sku, Display display) {
        double revenue = Math.max(sku.revenue().amount().doubleValue(), 1e-9);
        List<Views.Step> steps = new ArrayList<>();
        steps.add(new Views.Step("Revenue", display.money(sku.revenue()), 0, 100, false));
        double running = revenue;
        Money[] costs = {sku.cogs(), sku.fees(), sku.returnsCost(), sku.adSpend()};
        String[] names = {"Cost of goods", "Amazon fees", "Returns", "Ad spend"};
        for (int i = 0; i < costs.length; i++) {
            double cost = costs[i].amount().doubleValue();
            running -= cost;
            steps.add(new Views.Step(names[i], "−" + display.money(costs[i]), pct(Math.max(running, 0), revenue),
                    pct(Math.min(cost, revenue), revenue), true));
            if (i == 2) {
                steps.add(total("CM1", sku.contributionBeforeAds(), revenue, display));
            }
        }
        steps.add(total("CM2", sku.contributionAfterAds(), revenue, display));
        return steps;
    }

    private static Views.Step total(String name, Money amount, double revenue, Display display) {
        double value = amount.amount().doubleValue();
        return new Views.Step(name, display.money(amount), 0, pct(Math.abs(value), revenue), value < 0);
    }

    private static int pct(double value, double revenue) {
        return (int) Math.round(Math.min(100, value / revenue * 100));
    }
}
