package dev.arbiter.insights;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The de-averaged findings of one window: outliers against category peers and against the SKU's own previous weeks, waste and sales anomalies. */
public final class Insights {
    private Insights() {}

    /** Every finding, strongest first within each kind. */
    public static List<Insight> of(List<SkuEconomics> skus, List<SkuDay> days, List<TargetEconomics> targets) {
        List<Insight> all = new ArrayList<>();
        all.addAll(Outliers.of(skus));
        all.addAll(HistoryOutliers.of(days));
        all.addAll(Waste.of(skus, days, targets));
        all.addAll(Anomalies.of(days));
        all.sort(Comparator.comparing(Insight::kind).thenComparing(Comparator.comparingDouble(Insight::weight).reversed()));
        return List.copyOf(all);
    }
}
