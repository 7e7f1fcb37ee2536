package dev.arbiter.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much of the economics a role may see: everything, or only A/B/C margin tiers (the agency). */
public enum Visibility {
    FULL,
    MARGIN_TIERS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
    }
}
