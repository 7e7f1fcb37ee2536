package dev.arbiter.report;

import dev.arbiter.economics.Contribution;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Sku;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the brand earned after every cost: the total contribution, contribution by category, and the SKUs
 * that earn most and least after ads.
 *
 * @param best up to {@value #RANKED} SKUs with the highest CM2, highest first
 * @param worst up to {@value #RANKED} SKUs with the lowest CM2, lowest first; never one already in {@code best}
 */
public record Profitability(
        Contribution total, List<CategoryContribution> byCategory, List<SkuContribution> best, List<SkuContribution> worst) {

    /** How many SKUs each ranking shows. */
    public static final int RANKED = 10;

    public Profitability {
        Objects.requireNonNull(total, "total");
        byCategory = List.copyOf(byCategory);
        best = List.copyOf(best);
        worst = List.copyOf(worst);
    }

    static Profitability of(List<SkuEconomics> skus, Contribution total) {
        Map<String, List<SkuEconomics>> grouped =
                skus.stream().collect(Collectors.groupingBy(SkuEconomics::category, TreeMap::new, Collectors.toList()));
        List<CategoryContribution> categories = grouped.entrySet().stream()
                .map(e -> new CategoryContribution(e.getKey(), e.getValue().size(),
                        e.getValue().stream().map(Contribution::of).reduce(Contribution::plus).orElseThrow()))
                .sorted(Comparator.comparing((CategoryContribution c) -> c.contribution().revenue()).reversed()
                        .thenComparing(CategoryContribution::category))
                .toList();
        List<SkuContribution> ranked = skus.stream()
                .map(SkuContribution::of)
                .sorted(Comparator.comparing((SkuContribution s) -> s.contribution().contributionAfterAds()).reversed()
                        .thenComparing(SkuContribution::sku))
                .toList();
        // With fewer than twice RANKED SKUs the two lists split them, so no SKU is both best and worst.
        int bestCount = Math.min(RANKED, (ranked.size() + 1) / 2);
        int worstCount = Math.min(RANKED, ranked.size() - bestCount);
        List<SkuContribution> worst = new ArrayList<>(ranked.subList(ranked.size() - worstCount, ranked.size()));
        Collections.reverse(worst);
        return new Profitability(total, categories, ranked.subList(0, bestCount), worst);
    }

    /** One category's contribution. */
    public record CategoryContribution(String category, int skus, Contribution contribution) {
        public CategoryContribution {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(contribution, "contribution");
        }
    }

    /** One SKU's contribution, with what is needed to recognise it. */
    public record SkuContribution(Sku sku, String title, String category, Objective objective, Contribution contribution) {
        public SkuContribution {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(objective, "objective");
            Objects.requireNonNull(contribution, "contribution");
        }

        static SkuContribution of(SkuEconomics sku) {
            return new SkuContribution(sku.sku(), Objects.requireNonNullElse(sku.title(), ""), sku.category(),
                    sku.objective(), Contribution.of(sku));
        }
    }
}
