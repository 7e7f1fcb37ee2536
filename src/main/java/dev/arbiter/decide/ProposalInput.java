package dev.arbiter.decide;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Sku;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything proposers read: one window's SKU, target and search-term economics and the objectives' terms. */
public record ProposalInput(
        List<SkuEconomics> skus,
        List<TargetEconomics> targets,
        List<SearchTermStats> searchTerms,
        Map<Sku, List<ProductAdRef>> productAds,
        ObjectiveTerms terms) {

    public ProposalInput {
        skus = List.copyOf(Objects.requireNonNull(skus, "skus"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        searchTerms = List.copyOf(Objects.requireNonNull(searchTerms, "searchTerms"));
        productAds = Objects.requireNonNull(productAds, "productAds").entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        Objects.requireNonNull(terms, "terms");
    }

    /** The economics of one SKU, if the window has them. */
    public Optional<SkuEconomics> sku(Sku sku) {
        return skus.stream().filter(s -> s.sku().equals(sku)).findFirst();
    }

    /** The SKUs' economics keyed by SKU. */
    public Map<Sku, SkuEconomics> skusBySku() {
        return skus.stream().collect(Collectors.toMap(SkuEconomics::sku, Function.identity(), (a, b) -> a));
    }

    /** The enabled product ads of a SKU; empty when it has none. */
    public List<ProductAdRef> productAdsOf(Sku sku) {
        return productAds.getOrDefault(sku, List.of());
    }
}
