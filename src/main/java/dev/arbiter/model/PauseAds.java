package dev.arbiter.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Pausing every product ad of a SKU, so media does not buy clicks for stock that is running out. */
public record PauseAds(Sku sku, List<ProductAdRef> ads, Money dailySpendStopped, Rationale rationale)
        implements Action {

    public PauseAds {
        Objects.requireNonNull(sku, "sku");
        ads = List.copyOf(ads);
        Objects.requireNonNull(dailySpendStopped, "dailySpendStopped");
        Objects.requireNonNull(rationale, "rationale");
        if (ads.isEmpty()) {
            throw new IllegalArgumentException("pausing ads of " + sku + " needs at least one product ad");
        }
    }

    @Override
    public ActionType type() {
        return ActionType.ADS_PAUSE;
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
        return "pause " + ads.size() + " product ad(s) of " + sku;
    }

    @Override
    public ActionFacts facts() {
        return new ActionFacts(1, 0, -1, dailySpendStopped);
    }
}
