package dev.arbiter.model;

import java.util.Objects;
import java.util.Optional;

/** A purchase order line for one SKU from its supplier. */
public record RestockOrder(Sku sku, String supplier, long quantity, Money unitCost, Rationale rationale)
        implements Action {

    public RestockOrder {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(unitCost, "unitCost");
        Objects.requireNonNull(rationale, "rationale");
        if (quantity <= 0) {
            throw new IllegalArgumentException("a restock order for " + sku + " needs a positive quantity, got " + quantity);
        }
    }

    public Money value() {
        return unitCost.times(quantity);
    }

    @Override
    public ActionType type() {
        return ActionType.RESTOCK_ORDER;
    }

    @Override
    public String subject() {
        return "sku:" + sku.value();
    }

    @Override
    public Optional<Sku> servedSku() {
        return Optional.of(sku);
    }

    /**
     * A purchase order can be cancelled until the supplier ships, so Arbiter treats it as reversible; the operating
     * model decides how far that goes (a value limit, or {@code reversible: false} on its decision right).
     */
    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public String describe() {
        return "order " + quantity + " × " + sku + " from " + supplier + " (" + value().plain() + " "
                + unitCost.currency().getCurrencyCode() + ")";
    }

    @Override
    public ActionFacts facts() {
        return new ActionFacts(0, quantity, 0, value());
    }
}
