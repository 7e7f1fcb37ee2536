package dev.arbiter.insights;

import dev.arbiter.economics.SkuEconomics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * SKUs whose TACoS, conversion or CM2 % stand out from their category peers by a robust z-score beyond
 * {@value #THRESHOLD} (seed 002 rule 8: an average hides the SKU that is failing).
 */
final class Outliers {
    static final double THRESHOLD = 3.0;
    private static final int MIN_PEERS = 4;

    private Outliers() {}

    static List<Insight> of(List<SkuEconomics> skus) {
        List<Insight> found = new ArrayList<>();
        Map<String, List<SkuEconomics>> byCategory = skus.stream()
                .filter(s -> s.revenue().amount().signum() > 0)
                .collect(Collectors.groupingBy(SkuEconomics::category));
        byCategory.forEach((category, peers) -> {
            if (peers.size() >= MIN_PEERS) {
                found.addAll(measure(category, peers, "TACoS", SkuEconomics::tacos, false));
                found.addAll(measure(category, peers, "conversion", Outliers::conversion, false));
                found.addAll(measure(category, peers, "CM2 %", SkuEconomics::contributionAfterAdsPct, true));
            }
        });
        return found;
    }

    private static double conversion(SkuEconomics sku) {
        return sku.sessions() == 0 ? Double.NaN : (double) sku.units() / sku.sessions();
    }

    private static List<Insight> measure(String category, List<SkuEconomics> peers, String measure,
            ToDoubleFunction<SkuEconomics> metric, boolean confidential) {
        double[] values = peers.stream().mapToDouble(metric).filter(v -> !Double.isNaN(v)).toArray();
        RobustZ z = RobustZ.of(values);
        List<Insight> found = new ArrayList<>();
        for (SkuEconomics sku : peers) {
            double value = metric.applyAsDouble(sku);
            double score = z.score(value);
            if (!Double.isNaN(score) && Math.abs(score) >= THRESHOLD) {
                found.add(new Insight(InsightKind.OUTLIER, sku.sku().value(), "", String.format(Locale.ROOT,
                        "%s %s %.1f %% against a median of %.1f %% in %s (robust z %+.1f)", sku.sku().value(), measure,
                        value * 100, z.median() * 100, category, score), Math.abs(score), confidential));
            }
        }
        return found;
    }
}
