package dev.arbiter.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a loaded file adds up to: its days, its currency and the sums of its measures, so a user can compare them with
 * Seller Central. Measures keep their order: ads impressions, clicks, spend, sales, orders, units; sales units, sales,
 * sessions.
 */
public record Totals(
        Optional<LocalDate> firstDay,
        Optional<LocalDate> lastDay,
        Optional<String> currency,
        Map<String, BigDecimal> measures) {
    public Totals {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(measures, "measures");
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** Totals of a file that added nothing. */
    public static Totals none() {
        return new Totals(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }
}
