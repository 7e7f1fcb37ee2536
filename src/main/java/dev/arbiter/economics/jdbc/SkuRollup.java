package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.Problem;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sums a SKU's days over a window and joins the catalog's and the inventory's facts ({@code sku_catalog.sql}). */
final class SkuRollup {
    private SkuRollup() {}

    static SkuEconomics of(ResultSet row, DateRange window, Map<Sku, List<SkuDay>> daysBySku, ObjectivePlan objectives)
            throws SQLException {
        Sku sku = new Sku(row.getString("sku"));
        Currency currency = Currency.getInstance(row.getString("currency"));
        List<SkuDay> days = daysBySku.getOrDefault(sku, List.of());
        long units = days.stream().mapToLong(SkuDay::units).sum();
        long sessions = days.stream().mapToLong(SkuDay::sessions).sum();
        Money revenue = sum(days, SkuDay::revenue, currency);
        long snapshotDays = row.getLong("snapshot_days");
        long available = row.getLong("last_available");
        double unitsPerDay = days.isEmpty() ? 0 : (double) units / days.size();
        return new SkuEconomics(
                sku,
                row.getString("asin"),
                row.getString("title"),
                row.getString("category"),
                objectives.resolve(sku, row.getString("category"), catalogObjective(row, sku), window.to()),
                row.getString("supplier"),
                row.getInt("lead_time_days"),
                Money.of(row.getBigDecimal("unit_cost"), currency),
                window,
                units,
                sessions,
                revenue,
                sum(days, SkuDay::cogs, currency),
                sum(days, SkuDay::fees, currency),
                sum(days, SkuDay::returnsCost, currency),
                sum(days, SkuDay::adSpend, currency),
                sum(days, SkuDay::adSales, currency),
                buyBoxShare(days),
                snapshotDays == 0 ? Double.NaN : (double) row.getLong("in_stock_days") / snapshotDays,
                available,
                row.getLong("last_inbound"),
                unitsPerDay,
                unitsPerDay > 0 ? available / unitsPerDay : Double.POSITIVE_INFINITY,
                averagePrice(row, sku, revenue, units));
    }

    /** Buy Box share weighted by sessions over the days where it is known; NaN without such sessions. */
    private static double buyBoxShare(List<SkuDay> days) {
        double weighted = 0;
        long sessions = 0;
        for (SkuDay day : days) {
            if (!Double.isNaN(day.buyBoxPct())) {
                weighted += day.buyBoxPct() * day.sessions();
                sessions += day.sessions();
            }
        }
        return sessions == 0 ? Double.NaN : weighted / sessions;
    }

    /** Revenue / units; where nothing sold, the listed price (fee preview, else inventory report), else 0. */
    private static Money averagePrice(ResultSet row, Sku sku, Money revenue, long units) throws SQLException {
        if (units > 0) {
            BigDecimal average = revenue.amount().divide(BigDecimal.valueOf(units), MathContext.DECIMAL64);
            return Money.of(average, revenue.currency());
        }
        BigDecimal listed = row.getBigDecimal("listed_price");
        if (listed == null) {
            return Money.zero(revenue.currency());
        }
        SkuDayRow.sameCurrency(sku, revenue.currency(), row.getString("listed_price_currency"), "listed price");
        return Money.of(listed, revenue.currency());
    }

    /** The catalog's objective; empty where the catalog leaves it blank; an error where it names an unknown one. */
    private static Optional<Objective> catalogObjective(ResultSet row, Sku sku) throws SQLException {
        String key = row.getString("objective");
        String file = row.getString("file_name");
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Objective.byKey(key).orElseThrow(() -> ArbiterException.badInput(
                "the catalog gives SKU " + sku + " an unknown objective",
                List.of(new Problem(file, 0, 0, key, "SKU " + sku + " has an unknown objective",
                        "use one of " + Arrays.stream(Objective.values()).map(Objective::key)
                                .collect(Collectors.joining(", ")))))));
    }

    private static Money sum(List<SkuDay> days, Function<SkuDay, Money> amount, Currency currency) {
        return days.stream().map(amount).reduce(Money.zero(currency), Money::plus);
    }
}
