package dev.arbiter.report;

import dev.arbiter.model.ObjectiveInForce;
import java.util.Objects;

/**
 * A time-bounded entry of the operating model that sets the objective of some of the report's SKUs on the window's
 * last day, and how many SKUs it sets.
 */
public record TimeBoundObjective(ObjectiveInForce entry, int skus) {
    public TimeBoundObjective {
        Objects.requireNonNull(entry, "entry");
        if (skus < 1) {
            throw new IllegalArgumentException("an entry in force sets at least one SKU, not " + skus);
        }
    }

    /** {@code category Outdoor}. */
    public String subject() {
        return entry.entry().subjectText();
    }

    /** The last day of the period in force, or {@code open} when it has none. */
    public String until() {
        return entry.period().until().map(Object::toString).orElse("open");
    }

    /** What follows the period: the next objective of the chain, the catalog's, or nothing for an open period. */
    public String then() {
        if (entry.period().until().isEmpty()) {
            return "";
        }
        return entry.next().map(next -> next.objective().key()).orElse("the catalog's objective");
    }
}
