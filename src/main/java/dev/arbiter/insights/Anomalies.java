package dev.arbiter.insights;

import dev.arbiter.economics.SkuDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sales drops beyond a SKU's weekly pattern: each day of the last week is compared with the same weekday of the
 * weeks before; the week is an anomaly when its units fall more than {@value #DROP} below what that pattern expects
 * and outside three robust deviations of the weekly totals.
 */
final class Anomalies {
    static final double DROP = 0.4;
    private static final int MIN_WEEKS = 3;

    private Anomalies() {}

    static List<Insight> of(List<SkuDay> days) {
        List<Insight> found = new ArrayList<>();
        Map<String, List<SkuDay>> bySku = days.stream().collect(Collectors.groupingBy(d -> d.sku().value()));
        bySku.forEach((sku, history) -> {
            LocalDate last = history.stream().map(SkuDay::day).max(LocalDate::compareTo).orElseThrow();
            LocalDate weekStart = last.minusDays(6);
            int weeks = (int) (java.time.temporal.ChronoUnit.DAYS.between(history.stream().map(SkuDay::day)
                    .min(LocalDate::compareTo).orElseThrow(), weekStart) / 7);
            if (weeks < MIN_WEEKS) {
                return;
            }
            double[] weekly = new double[weeks];
            double actual = 0;
            for (SkuDay day : history) {
                long back = java.time.temporal.ChronoUnit.DAYS.between(day.day(), weekStart);
                if (back <= 0) {
                    actual += day.units();
                } else {
                    int week = (int) ((back - 1) / 7);
                    if (week < weeks) {
                        weekly[week] += day.units();
                    }
                }
            }
            RobustZ z = RobustZ.of(weekly);
            double expected = z.median();
            double score = z.score(actual);
            if (expected >= 7 && actual < expected * (1 - DROP) && (Double.isNaN(score) || score <= -3)) {
                found.add(new Insight(InsightKind.ANOMALY, sku, "", String.format(Locale.ROOT,
                        "%s sold %.0f units in the week to %s against %.0f in a usual week (%.0f %% down)", sku, actual,
                        last, expected, (1 - actual / expected) * 100), 1 - actual / expected, false));
            }
        });
        return found;
    }
}
