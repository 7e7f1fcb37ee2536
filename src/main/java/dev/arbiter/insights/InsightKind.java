package dev.arbiter.insights;

import java.util.Locale;

/** The families of findings the insights page groups by. */
public enum InsightKind {
    OUTLIER,
    /** A SKU's latest week against its own previous weeks. */
    HISTORY,
    WASTE,
    ANOMALY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
