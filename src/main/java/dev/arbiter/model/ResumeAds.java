package dev.arbiter.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Re-enabling the product ads of a SKU that Arbiter paused, once its stock and Buy Box carry ads again. */
public record ResumeAds(Sku sku, List<ProductAdRef> ads, Money dailySpendResumed, Rationale rationale)
        implements Action {

    public ResumeAds {
        Objects.requireNonNull(sku, "sku");
        ads = List.copyOf(ads);
        Objects.requireNonNull(dailySpendResumed, "dailySpendResumed");
        Objects.requireNonNull(rationale, "rationale");
        if (ads.isEmpty()) {
            throw new IllegalArgumentException("resuming ads of " + sku + " needs at least one product ad");
        }
    }

    @Override
    public ActionType type() {
        return ActionType.ADS_RESUME;
    }

    @Override
    public String subject() {
        return "sku:" + sku.value();
    }

    @Override
    public Optional<Sku> servedSku() {
        return Optional.of(sku);
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public String describe() {
        return "resume " + ads.size() + " product ad(s) of " + sku;
    }

    @Override
    public ActionFacts facts() {
        return new ActionFacts(0, 1, 0, dailySpendResumed);
    }
}
