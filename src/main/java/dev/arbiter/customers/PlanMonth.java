package dev.arbiter.customers;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One month of an acquisition and retention plan: the new customers targeted and the share of them targeted to buy
 * again in the following month; compared with the cohort that month actually brought.
 */
public record PlanMonth(YearMonth month, int newCustomers, double retention) {
    public PlanMonth {
        Objects.requireNonNull(month, "month");
    }

    /** A plan month beside what happened: the cohort's size and month-1 retention (empty when not yet known). */
    public record Comparison(YearMonth month, int plannedCustomers, int actualCustomers, double plannedRetention,
            OptionalDouble actualRetention) {}

    /** Each planned month beside the cohort of that month (0 customers when none arrived). */
    public static List<Comparison> compare(List<PlanMonth> plan, List<Cohort> cohorts) {
        Map<YearMonth, Cohort> byMonth = new TreeMap<>();
        cohorts.forEach(c -> byMonth.put(c.month(), c));
        List<Comparison> comparisons = new ArrayList<>();
        for (PlanMonth target : plan) {
            Cohort cohort = byMonth.get(target.month());
            boolean known = cohort != null && cohort.months().size() > 1;
            comparisons.add(new Comparison(target.month(), target.newCustomers(), cohort == null ? 0 : cohort.customers(),
                    target.retention(), known ? OptionalDouble.of(cohort.retention(1)) : OptionalDouble.empty()));
        }
        return comparisons;
    }
}
