package dev.arbiter.cli;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.insights.ActionOutcome;
import dev.arbiter.insights.ExecutedAction;
import dev.arbiter.insights.MeasuringOutcomes;
import dev.arbiter.insights.OutcomeUnits;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Measures the workspace's executed actions against their control groups (issue 5, item 8). */
final class Outcomes {
    /** Days compared on each side of an action unless the user says otherwise. */
    static final int DEFAULT_DAYS = 14;

    private Outcomes() {}

    /** Every executed action's outcome; empty when the warehouse holds no data or nothing was executed. */
    static List<ActionOutcome> of(Session session, int days) {
        EconomicsQueries economics = session.economics();
        Optional<DateRange> data = economics.dataRange();
        List<LedgerEntry> entries = session.ledger().list(Optional.of(Status.EXECUTED));
        if (data.isEmpty() || entries.isEmpty()) {
            return List.of();
        }
        // The execution record's instant, taken as a day in UTC: the day the change reached Amazon.
        List<ExecutedAction> executed = entries.stream()
                .flatMap(entry -> entry.execution().stream().map(execution -> new ExecutedAction(entry.id(),
                        entry.action(), LocalDate.ofInstant(execution.at(), ZoneOffset.UTC))))
                .toList();
        Map<Sku, String> categories = new HashMap<>();
        Map<Sku, Double> shares = new HashMap<>();
        for (SkuEconomics sku : economics.skus(data.get())) {
            categories.put(sku.sku(), sku.category());
            double share = sku.contributionBeforeAdsPct();
            shares.put(sku.sku(), Double.isNaN(share) ? 0.0 : share);
        }
        OutcomeUnits units = new OutcomeUnits(economics.targetDays(around(executed, days, data.get())), categories,
                shares);
        return new MeasuringOutcomes(units, executed, days, data.get()).measure();
    }

    /**
     * The days any outcome reads: from the day before the first execution's before-period to the end of the last
     * one's after-period, inside the data; a large account's whole history per target would not fit in memory.
     */
    private static DateRange around(List<ExecutedAction> executed, int days, DateRange data) {
        LocalDate first = executed.stream().map(ExecutedAction::day).min(LocalDate::compareTo).orElse(data.from());
        LocalDate last = executed.stream().map(ExecutedAction::day).max(LocalDate::compareTo).orElse(data.to());
        LocalDate from = first.minusDays(days + 1L).isAfter(data.from()) ? first.minusDays(days + 1L) : data.from();
        LocalDate to = last.plusDays(days).isBefore(data.to()) ? last.plusDays(days) : data.to();
        return from.isAfter(to) ? new DateRange(to, to) : new DateRange(from, to);
    }
}
