package dev.arbiter.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The time-bounded entry that sets a SKU's objective on a day: the entry, the period in force and what follows it.
 */
public record ObjectiveInForce(ObjectiveAssignment entry, ObjectivePeriod period, Optional<ObjectivePeriod> next) {
    public ObjectiveInForce {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(next, "next");
    }

    public Objective objective() {
        return period.objective();
    }

    /**
     * For rationales and the report: {@code launch for category Outdoor until 2026-03-29, then growth}, or
     * {@code growth for category Outdoor since 2026-03-30}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(period.objective().key()).append(" for ").append(entry.subjectText());
        period.from().filter(f -> period.until().isEmpty()).ifPresent(f -> text.append(" since ").append(f));
        period.until().ifPresent(u -> text.append(" until ").append(u));
        String after = next.map(n -> n.objective().key()).orElse("the catalog's objective");
        period.until().ifPresent(u -> text.append(", then ").append(after));
        return text.toString();
    }
}
