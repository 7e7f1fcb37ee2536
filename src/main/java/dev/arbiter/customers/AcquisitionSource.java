package dev.arbiter.customers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A first-purchase product, channel or campaign with the customers it brought and their mean predicted CLV: the
 * ranking says where acquiring a customer is worth most.
 */
public record AcquisitionSource(String kind, String name, int customers, double meanClv, double totalClv) {

    /** Sources with at least {@code minimum} customers, best mean CLV first, at most {@code limit} of each kind. */
    public static List<AcquisitionSource> rank(
            List<CustomerProfit> profits, List<CustomerValue> values, int minimum, int limit) {
        Map<String, Double> clv = new HashMap<>();
        values.forEach(v -> clv.put(v.customerId(), v.clv()));
        List<AcquisitionSource> ranked = new ArrayList<>();
        ranked.addAll(of("product", profits, clv, p -> new TreeSet<>(p.firstSkus()), minimum, limit));
        ranked.addAll(of("channel", profits, clv, p -> nonEmpty(p.channel()), minimum, limit));
        ranked.addAll(of("campaign", profits, clv, p -> nonEmpty(p.campaign()), minimum, limit));
        return ranked;
    }

    private static Set<String> nonEmpty(String name) {
        return name.isEmpty() ? Set.of() : Set.of(name);
    }

    private static List<AcquisitionSource> of(String kind, List<CustomerProfit> profits, Map<String, Double> clv,
            Function<CustomerProfit, Set<String>> names, int minimum, int limit) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (CustomerProfit profit : profits) {
            Double value = clv.get(profit.customerId());
            if (value == null) {
                continue;
            }
            for (String name : names.apply(profit)) {
                double[] sum = sums.computeIfAbsent(name, k -> new double[2]);
                sum[0]++;
                sum[1] += value;
            }
        }
        return sums.entrySet().stream()
                .filter(e -> e.getValue()[0] >= minimum)
                .map(e -> new AcquisitionSource(kind, e.getKey(), (int) e.getValue()[0],
                        e.getValue()[1] / e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingDouble(AcquisitionSource::meanClv).reversed()
                        .thenComparing(AcquisitionSource::name))
                .limit(limit)
                .toList();
    }
}
