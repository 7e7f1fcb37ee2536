package dev.arbiter.economics;

import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.Sku;
import java.util.Objects;

/**
 * An exact keyword of the latest bulksheet download, not archived, in an ad group that advertises a SKU.
 *
 * @param serving whether it can serve now: keyword, ad group, campaign and the SKU's product ad enabled, in a
 *     manual campaign; a harvest may add keywords to the ad group of a serving one
 */
public record ExactKeyword(Sku sku, AdGroupRef adGroup, String keywordText, boolean serving) {
    public ExactKeyword {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(adGroup, "adGroup");
        Objects.requireNonNull(keywordText, "keywordText");
    }
}
