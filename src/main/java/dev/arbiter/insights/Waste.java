package dev.arbiter.insights;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Money that bought nothing: ad spend without orders, revenue lost to stock-outs, capital sunk in overstock. */
final class Waste {
    /** Cover beyond this many days counts as overstock. */
    static final int OVERSTOCK_DAYS = 120;
    private static final int MIN_CLICKS = 10;

    private Waste() {}

    static List<Insight> of(List<SkuEconomics> skus, List<SkuDay> days, List<TargetEconomics> targets) {
        List<Insight> found = new ArrayList<>();
        for (TargetEconomics target : targets) {
            if (target.orders() == 0 && target.clicks() >= MIN_CLICKS && target.spend().amount().signum() > 0) {
                found.add(new Insight(InsightKind.WASTE, target.sku().value(), target.target().label(),
                        String.format(Locale.ROOT, "%s spent %s %s on %d clicks without an order", target.target().label(),
                                target.spend().rounded().plain(), code(target.spend()), target.clicks()),
                        target.spend().amount().doubleValue(), false));
            }
        }
        Map<String, List<SkuDay>> bySku = days.stream().collect(Collectors.groupingBy(d -> d.sku().value()));
        for (SkuEconomics sku : skus) {
            List<SkuDay> history = bySku.getOrDefault(sku.sku().value(), List.of());
            long outDays = history.stream().filter(d -> d.available() == 0).count();
            List<SkuDay> inStock = history.stream().filter(d -> d.available() > 0).toList();
            if (outDays > 0 && !inStock.isEmpty()) {
                double perDay = inStock.stream().mapToDouble(d -> d.revenue().amount().doubleValue()).sum() / inStock.size();
                double lost = perDay * outDays;
                found.add(new Insight(InsightKind.WASTE, sku.sku().value(), "", String.format(Locale.ROOT,
                        "%s was out of stock %d days: about %.2f %s of revenue lost", sku.sku().value(), outDays, lost,
                        code(sku.revenue())), lost, false));
            }
            if (sku.unitsPerDay() > 0 && sku.daysOfCover() > OVERSTOCK_DAYS) {
                double excessUnits = sku.available() - sku.unitsPerDay() * OVERSTOCK_DAYS;
                double tied = excessUnits * sku.unitCost().amount().doubleValue();
                found.add(new Insight(InsightKind.WASTE, sku.sku().value(), "", String.format(Locale.ROOT,
                        "%s has %.0f days of cover: %.0f units beyond %d days tie up %.2f %s at cost", sku.sku().value(),
                        sku.daysOfCover(), excessUnits, OVERSTOCK_DAYS, tied, code(sku.unitCost())), tied, true));
            }
        }
        return found;
    }

    private static String code(Money money) {
        return money.currency().getCurrencyCode();
    }
}
