package dev.arbiter.report;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How traffic turned into orders: sessions, units and unit session percentage, overall and by category. */
public record Conversion(long sessions, long units, List<CategoryConversion> byCategory) {

    public Conversion {
        byCategory = List.copyOf(byCategory);
    }

    static Conversion of(List<SkuEconomics> skus) {
        Map<String, List<SkuEconomics>> byCategory =
                skus.stream().collect(Collectors.groupingBy(SkuEconomics::category, TreeMap::new, Collectors.toList()));
        List<CategoryConversion> categories = byCategory.entrySet().stream()
                .map(e -> new CategoryConversion(e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToLong(SkuEconomics::sessions).sum(),
                        e.getValue().stream().mapToLong(SkuEconomics::units).sum(),
                        e.getValue().stream().map(SkuEconomics::revenue).reduce(Money::plus).orElseThrow()))
                .sorted(Comparator.comparing(CategoryConversion::revenue).reversed()
                        .thenComparing(CategoryConversion::category))
                .toList();
        return new Conversion(skus.stream().mapToLong(SkuEconomics::sessions).sum(),
                skus.stream().mapToLong(SkuEconomics::units).sum(), categories);
    }

    /** Units / sessions; NaN without sessions. */
    public double unitSessionPct() {
        return sessions == 0 ? Double.NaN : (double) units / sessions;
    }

    /** One category's sessions, units and revenue. */
    public record CategoryConversion(String category, int skus, long sessions, long units, Money revenue) {
        public CategoryConversion {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(revenue, "revenue");
        }

        /** Units / sessions; NaN without sessions. */
        public double unitSessionPct() {
            return sessions == 0 ? Double.NaN : (double) units / sessions;
        }
    }
}
