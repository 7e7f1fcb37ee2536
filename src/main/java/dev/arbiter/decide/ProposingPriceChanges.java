package dev.arbiter.decide;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.PriceChange;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposes a new price where a SKU's own history gives a significant elasticity and a price within
 * {@code maxStepPct} of today's raises expected contribution after ads: units at price p are
 * {@code units today × (p / price today)^elasticity}, contribution is units × (p − unit cost − fees and returns per
 * unit) − ad spend, with fees per unit and ad spend held at the window's. Today's price is the most frequent daily
 * price of the last 14 days of history (a short promotion does not move it); units today are the average on days
 * at that price. Price changes are type 1: they wait for the role holding the right.
 */
public final class ProposingPriceChanges implements Proposer {

    /**
     * @param maxStepPct the largest move proposed (0.10 = ±10 %)
     * @param minTStatistic how many standard errors the elasticity must lie below zero
     * @param minGainPct the expected gain in daily contribution, as a share of today's contribution before ads
     */
    public record Settings(EstimatingPriceElasticity.Settings estimation, double maxStepPct, double minTStatistic,
            double minGainPct) {
        public static Settings defaults() {
            return new Settings(EstimatingPriceElasticity.Settings.defaults(), 0.10, 2.0, 0.01);
        }
    }

    private static final int RECENT_DAYS = 14;
    private static final BigDecimal GRID = new BigDecimal("0.005");

    private final Map<Sku, List<SkuDay>> history;
    private final Settings settings;

    /** @param history every SKU's days over as long a span as is known (elasticity needs more than a window) */
    public ProposingPriceChanges(List<SkuDay> history, Settings settings) {
        this.history = history.stream().sorted(Comparator.comparing(SkuDay::day))
                .collect(Collectors.groupingBy(SkuDay::sku, LinkedHashMap::new, Collectors.toList()));
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Each SKU's elasticity, or why it has none, in the order of the input's SKUs. */
    public Map<Sku, PriceElasticity> elasticities(List<SkuEconomics> skus) {
        EstimatingPriceElasticity estimating = new EstimatingPriceElasticity(settings.estimation());
        return skus.stream().collect(Collectors.toMap(SkuEconomics::sku,
                sku -> estimating.estimate(history.getOrDefault(sku.sku(), List.of())), (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        List<Action> actions = new ArrayList<>();
        Map<Sku, PriceElasticity> elasticities = elasticities(input.skus());
        for (SkuEconomics sku : input.skus()) {
            if (elasticities.get(sku.sku()) instanceof PriceElasticity.Estimated estimated
                    && estimated.tStatistic() <= -settings.minTStatistic()) {
                propose(sku, estimated).ifPresent(actions::add);
            }
        }
        return actions;
    }

    private Optional<Action> propose(SkuEconomics sku, PriceElasticity.Estimated elasticity) {
        List<SkuDay> days = history.getOrDefault(sku.sku(), List.of());
        Optional<BigDecimal> today = priceToday(days);
        if (today.isEmpty() || sku.units() == 0) {
            return Optional.empty();
        }
        double price = today.get().doubleValue();
        double unitsToday = days.stream().filter(d -> d.units() > 0 && price(d).equals(today.get()))
                .mapToLong(SkuDay::units).average().orElse(0);
        double windowDays = sku.window().days();
        double costPerUnit = sku.unitCost().amount().doubleValue()
                + (sku.fees().amount().doubleValue() + sku.returnsCost().amount().doubleValue()) / sku.units();
        double adSpendPerDay = sku.adSpend().amount().doubleValue() / windowDays;
        Function<Double, Double> units = p -> unitsToday * Math.pow(p / price, elasticity.elasticity());
        Function<Double, Double> contribution = p -> units.apply(p) * (p - costPerUnit) - adSpendPerDay;
        BigDecimal best = today.get();
        for (BigDecimal step = GRID.negate().multiply(BigDecimal.valueOf(settings.maxStepPct() / 0.005));
                step.doubleValue() <= settings.maxStepPct() + 1e-9; step = step.add(GRID)) {
            BigDecimal candidate = today.get().multiply(BigDecimal.ONE.add(step)).setScale(2, RoundingMode.HALF_EVEN);
            if (Math.abs(candidate.doubleValue() / price - 1) <= settings.maxStepPct() + 1e-9
                    && contribution.apply(candidate.doubleValue()) > contribution.apply(best.doubleValue())) {
                best = candidate;
            }
        }
        double now = contribution.apply(price);
        double then = contribution.apply(best.doubleValue());
        double beforeAdsPerDay = now + adSpendPerDay;
        if (best.equals(today.get()) || then - now < settings.minGainPct() * Math.abs(beforeAdsPerDay)) {
            return Optional.empty();
        }
        return Optional.of(change(sku, elasticity, today.get(), best, unitsToday, units.apply(best.doubleValue()), now, then));
    }

    private static PriceChange change(SkuEconomics sku, PriceElasticity.Estimated elasticity, BigDecimal today,
            BigDecimal proposed, double unitsToday, double unitsThen, double now, double then) {
        Money current = Money.of(today, sku.revenue().currency());
        Money next = Money.of(proposed, sku.revenue().currency());
        String summary = String.format(Locale.ROOT, "%s: at %s instead of %s expect %.1f instead of %.1f units a day and "
                        + "a contribution after ads of %.2f instead of %.2f a day",
                elasticity.describe(), next.plain(), current.plain(), unitsThen, unitsToday, then, now);
        List<Figure> figures = List.of(
                Figure.number("elasticity", elasticity.elasticity()),
                Figure.number("elasticity_standard_error", elasticity.standardError()),
                Figure.money("current_price", current),
                Figure.money("new_price", next),
                Figure.perDay("units_per_day_now", unitsToday),
                Figure.perDay("expected_units_per_day", unitsThen),
                Figure.money("contribution_after_ads_per_day_now", perDay(now, sku)),
                Figure.money("expected_contribution_after_ads_per_day", perDay(then, sku)));
        Money revenueAtStake = Money.of(proposed.multiply(BigDecimal.valueOf(unitsThen * 28)), sku.revenue().currency());
        return new PriceChange(sku.sku(), current, next, revenueAtStake, new Rationale(summary, figures));
    }

    private static Money perDay(double amount, SkuEconomics sku) {
        return Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN), sku.revenue().currency());
    }

    /** The most frequent daily price over the last 14 days of history that sold; the latest such price on a tie. */
    private static Optional<BigDecimal> priceToday(List<SkuDay> days) {
        List<SkuDay> recent = days.subList(Math.max(0, days.size() - RECENT_DAYS), days.size()).stream()
                .filter(d -> d.units() > 0).toList();
        Map<BigDecimal, Long> counts = recent.stream()
                .collect(Collectors.groupingBy(ProposingPriceChanges::price, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<BigDecimal, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparingInt(e -> lastIndex(recent, e.getKey())))
                .map(Map.Entry::getKey);
    }

    private static int lastIndex(List<SkuDay> days, BigDecimal price) {
        for (int i = days.size() - 1; i >= 0; i--) {
            if (price(days.get(i)).equals(price)) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal price(SkuDay day) {
        return day.revenue().amount().divide(BigDecimal.valueOf(day.units()), 2, RoundingMode.HALF_EVEN);
    }
}
