package dev.arbiter.insights;

import java.util.Objects;

/**
 * One de-averaged finding about one SKU or target: what kind it is, what it names, one sentence, and how strong.
 *
 * @param sku the SKU the finding is about (every finding links to one)
 * @param target the target's label when the finding is about a target, else empty
 * @param weight how strongly it stands out (|robust z|, or money at stake), used only to sort
 * @param confidential whether the sentence carries cost, margin or contribution figures (hidden from the agency)
 */
public record Insight(InsightKind kind, String sku, String target, String headline, double weight, boolean confidential) {
    public Insight {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(headline, "headline");
    }
}
