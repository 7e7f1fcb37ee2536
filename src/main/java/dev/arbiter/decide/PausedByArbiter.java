package dev.arbiter.decide;

import dev.arbiter.model.PauseAds;
import dev.arbiter.model.Sku;
import java.util.Map;
import java.util.Objects;

/** The ad pauses Arbiter executed and has not yet undone, per SKU, as the ledger knows them. */
public record PausedByArbiter(Map<Sku, PauseAds> pauses) {
    public PausedByArbiter {
        pauses = Map.copyOf(Objects.requireNonNull(pauses, "pauses"));
    }

    public static PausedByArbiter none() {
        return new PausedByArbiter(Map.of());
    }
}
