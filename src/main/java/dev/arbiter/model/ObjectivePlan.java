package dev.arbiter.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which objective each SKU carries on a given day: a SKU's own entry in force, else its category's entry in force,
 * else the catalog's objective, else the plan's default.
 */
public record ObjectivePlan(List<ObjectiveAssignment> assignments, Objective defaultObjective) {
    public ObjectivePlan {
        assignments = List.copyOf(assignments);
        Objects.requireNonNull(defaultObjective, "defaultObjective");
    }

    /** No entries: every SKU keeps its catalog objective, growth where the catalog gives none. */
    public static ObjectivePlan none() {
        return new ObjectivePlan(List.of(), Objective.GROWTH);
    }

    /** The objective of {@code sku} on {@code day}, in the order of precedence above. */
    public Objective resolve(Sku sku, String category, Optional<Objective> catalog, LocalDate day) {
        return inForce(sku, category, day).map(ObjectiveInForce::objective).or(() -> catalog).orElse(defaultObjective);
    }

    /** The entry that sets the SKU's objective on {@code day}: its own first, then its category's; empty when none. */
    public Optional<ObjectiveInForce> inForce(Sku sku, String category, LocalDate day) {
        return inForce(ObjectiveAssignment.Subject.SKU, sku, category, day)
                .or(() -> inForce(ObjectiveAssignment.Subject.CATEGORY, sku, category, day));
    }

    private Optional<ObjectiveInForce> inForce(ObjectiveAssignment.Subject subject, Sku sku, String category, LocalDate day) {
        for (ObjectiveAssignment entry : assignments) {
            if (entry.subject() != subject || !entry.concerns(sku, category)) {
                continue;
            }
            Optional<ObjectivePeriod> period = entry.periodOn(day);
            if (period.isPresent()) {
                return Optional.of(new ObjectiveInForce(entry, period.get(), entry.after(period.get())));
            }
        }
        return Optional.empty();
    }
}
