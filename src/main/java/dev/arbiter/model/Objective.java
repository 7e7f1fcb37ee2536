package dev.arbiter.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a SKU is asked to do; it sets the ACoS its advertising may run at (DESIGN.md, Economics). */
public enum Objective {
    LAUNCH,
    GROWTH,
    DEFEND,
    PROFIT,
    CLEAR_STOCK;

    /** The name used in files: {@code launch}, {@code clear_stock}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Objective> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String normalised = key.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(o -> o.name().equals(normalised)).findFirst();
    }
}
