package dev.arbiter.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of a time-bounded objective: the objective, its first day and its last day (both inclusive; empty when
 * it began before anything is known or never ends).
 */
public record ObjectivePeriod(Objective objective, Optional<LocalDate> from, Optional<LocalDate> until) {
    public ObjectivePeriod {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            throw new IllegalArgumentException("a period cannot end (" + until.get() + ") before it starts (" + from.get() + ")");
        }
    }

    /** Whether {@code day} falls inside the period. */
    public boolean covers(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && until.map(u -> !day.isAfter(u)).orElse(true);
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(ObjectivePeriod other) {
        boolean startsBeforeOtherEnds = from.isEmpty() || other.until.isEmpty() || !from.get().isAfter(other.until.get());
        boolean otherStartsBeforeThisEnds = other.from.isEmpty() || until.isEmpty() || !other.from.get().isAfter(until.get());
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** {@code launch from 2026-02-02 until 2026-03-29}, {@code growth from 2026-03-30}, {@code profit}. */
    public String describe() {
        StringBuilder text = new StringBuilder(objective.key());
        from.ifPresent(f -> text.append(" from ").append(f));
        until.ifPresent(u -> text.append(" until ").append(u));
        return text.toString();
    }
}
