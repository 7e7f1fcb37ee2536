package dev.arbiter.insights;

import dev.arbiter.economics.SkuDay;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * SKUs whose TACoS, conversion or CM2 % in the latest week of the window stand out from their own previous weeks
 * by a robust z-score beyond {@value Outliers#THRESHOLD}. Weeks are the seven-day blocks that end on the window's
 * last day; only full weeks count, and a measure needs at least {@value #MIN_WEEKS} previous weeks where it is
 * defined (revenue for TACoS and CM2 %, sessions for conversion). When the previous weeks' MAD is 0 the spread is
 * their mean absolute deviation instead; when they are all equal no score is given and nothing is listed. Three or
 * four smooth weeks can make any wobble extreme in z, so the latest week must also lie at least 25 % of the median
 * and 2 percentage points away from it.
 */
final class HistoryOutliers {
    static final int MIN_WEEKS = 3;
    /** A few smooth weeks give a tiny MAD: a shift must also be this share of the median ... */
    static final double MIN_RELATIVE_SHIFT = 0.25;
    /** ... and at least this many points (2 percentage points), or it is noise however large its z. */
    static final double MIN_ABSOLUTE_SHIFT = 0.02;

    private HistoryOutliers() {}

    static List<Insight> of(List<SkuDay> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate last = days.stream().map(SkuDay::day).max(LocalDate::compareTo).orElseThrow();
        LocalDate first = days.stream().map(SkuDay::day).min(LocalDate::compareTo).orElseThrow();
        int fullWeeks = (int) ((ChronoUnit.DAYS.between(first, last) + 1) / 7);
        List<Insight> found = new ArrayList<>();
        Map<String, List<SkuDay>> bySku = days.stream()
                .collect(Collectors.groupingBy(d -> d.sku().value(), TreeMap::new, Collectors.toList()));
        bySku.forEach((sku, history) -> {
            Week[] weeks = weeks(history, last, fullWeeks);
            found.addAll(measure(sku, last, weeks, "TACoS", Week::tacos, false));
            found.addAll(measure(sku, last, weeks, "conversion", Week::conversion, false));
            found.addAll(measure(sku, last, weeks, "CM2 %", Week::cm2Pct, true));
        });
        return found;
    }

    /** Index 0 is the latest week, 1 the one before, and so on. */
    private static Week[] weeks(List<SkuDay> history, LocalDate last, int fullWeeks) {
        Week[] weeks = new Week[fullWeeks];
        for (int i = 0; i < fullWeeks; i++) {
            weeks[i] = new Week();
        }
        for (SkuDay day : history) {
            int index = (int) (ChronoUnit.DAYS.between(day.day(), last) / 7);
            if (index < fullWeeks) {
                weeks[index].add(day);
            }
        }
        return weeks;
    }

    private static List<Insight> measure(String sku, LocalDate last, Week[] weeks, String measure,
            ToDoubleFunction<Week> metric, boolean confidential) {
        if (weeks.length == 0) {
            return List.of();
        }
        double latest = metric.applyAsDouble(weeks[0]);
        double[] previous = new double[weeks.length - 1];
        for (int i = 1; i < weeks.length; i++) {
            previous[i - 1] = metric.applyAsDouble(weeks[i]);
        }
        double[] defined = java.util.Arrays.stream(previous).filter(v -> !Double.isNaN(v)).toArray();
        if (Double.isNaN(latest) || defined.length < MIN_WEEKS) {
            return List.of();
        }
        RobustZ z = RobustZ.withMeanFallback(defined);
        double score = z.score(latest);
        double shift = Math.abs(latest - z.median());
        if (Double.isNaN(score) || Math.abs(score) < Outliers.THRESHOLD
                || shift < Math.max(MIN_RELATIVE_SHIFT * Math.abs(z.median()), MIN_ABSOLUTE_SHIFT)) {
            return List.of();
        }
        return List.of(new Insight(InsightKind.HISTORY, sku, "", String.format(Locale.ROOT,
                "%s %s %.1f %% in the week to %s against a median of %.1f %% in its %d previous weeks (robust z %+.1f)",
                sku, measure, latest * 100, last, z.median() * 100, defined.length, score), Math.abs(score),
                confidential));
    }

    /** One SKU's sums over one seven-day block. */
    private static final class Week {
        private long units;
        private long sessions;
        private double revenue;
        private double adSpend;
        private double contributionAfterAds;

        void add(SkuDay day) {
            units += day.units();
            sessions += day.sessions();
            revenue += day.revenue().amount().doubleValue();
            adSpend += day.adSpend().amount().doubleValue();
            contributionAfterAds += day.contributionAfterAds().amount().doubleValue();
        }

        double tacos() {
            return revenue > 0 ? adSpend / revenue : Double.NaN;
        }

        double conversion() {
            return sessions > 0 ? (double) units / sessions : Double.NaN;
        }

        double cm2Pct() {
            return revenue > 0 ? contributionAfterAds / revenue : Double.NaN;
        }
    }
}
