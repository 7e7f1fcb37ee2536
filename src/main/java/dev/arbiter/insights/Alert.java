package dev.arbiter.insights;

import dev.arbiter.model.Figure;
import dev.arbiter.model.Sku;
import java.util.List;
import java.util.Objects;

/**
 * Something a person must look at that no single action fixes, with the numbers behind it.
 *
 * @param kind what sort of alert, e.g. {@code media_on_fragile_stock}
 * @param sku the SKU it concerns
 * @param summary one sentence a reader understands without the figures
 */
public record Alert(String kind, Sku sku, String summary, List<Figure> figures) {
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(summary, "summary");
        figures = List.copyOf(figures);
    }
}
