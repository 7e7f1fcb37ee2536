package dev.arbiter.insights;

import dev.arbiter.economics.TargetDay;
import dev.arbiter.model.Action;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.RestockOrder;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily advertising series of every unit an action can be measured on: each target ({@code keyword:ID},
 * {@code target:ID}), each SKU ({@code sku:…}, its targets summed) and each campaign ({@code campaign:ID}). A bid
 * change is measured on its target, a budget change on its campaign, other ad actions on their SKU; a restock order
 * acts on stock, not advertising, and is not measured here.
 */
public final class OutcomeUnits {

    /** A unit with the SKU it serves and that SKU's category, which bound where its controls come from. */
    public record Unit(String key, Sku sku, String category) {
        /** {@code target}, {@code sku} or {@code campaign}: controls are units of the same grain. */
        public String grain() {
            return key.startsWith("keyword:") || key.startsWith("target:") ? "target" : key.substring(0, key.indexOf(':'));
        }
    }

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Map<LocalDate, DayTotals>> series = new HashMap<>();

    /**
     * @param categories each SKU's category
     * @param contributionShare each SKU's contribution before ads as a share of revenue; 0 where unknown
     */
    public OutcomeUnits(List<TargetDay> days, Map<Sku, String> categories, Map<Sku, Double> contributionShare) {
        for (TargetDay day : days) {
            double share = contributionShare.getOrDefault(day.sku(), 0.0);
            double sales = day.sales().amount().doubleValue();
            double spend = day.spend().amount().doubleValue();
            DayTotals totals = new DayTotals(day.clicks(), spend, sales, day.orders(), sales * share - spend);
            String category = categories.getOrDefault(day.sku(), "");
            for (String key : List.of(day.targetKey(), "sku:" + day.sku().value(), "campaign:" + day.campaignId().value())) {
                units.putIfAbsent(key, new Unit(key, day.sku(), category));
                series.computeIfAbsent(key, k -> new HashMap<>()).merge(day.day(), totals, DayTotals::plus);
            }
        }
    }

    /** The unit an action is measured on; empty for actions that do not act on advertising. */
    public static Optional<String> keyOf(Action action) {
        if (action instanceof BidChange bid) {
            return Optional.of(bid.target().key());
        }
        if (action instanceof BudgetChange budget) {
            return Optional.of("campaign:" + budget.campaignId().value());
        }
        if (action instanceof RestockOrder) {
            return Optional.empty();
        }
        return action.servedSku().map(sku -> "sku:" + sku.value());
    }

    public Optional<Unit> unit(String key) {
        return Optional.ofNullable(units.get(key));
    }

    /** Every unit of a grain. */
    public List<Unit> ofGrain(String grain) {
        return units.values().stream().filter(unit -> unit.grain().equals(grain)).toList();
    }

    /** The unit's totals on one day; zero on a day it did not deliver. */
    public DayTotals on(String key, LocalDate day) {
        return series.getOrDefault(key, Map.of()).getOrDefault(day, DayTotals.NONE);
    }

    /** The unit's totals summed over the days of {@code range}. */
    public DayTotals over(String key, DateRange range) {
        DayTotals sum = DayTotals.NONE;
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            sum = sum.plus(on(key, day));
        }
        return sum;
    }
}
