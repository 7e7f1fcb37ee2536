package dev.arbiter.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One entry of the operating model's objective plan: a SKU or a category, the chain of objectives it runs through (a
 * launch for eight weeks, then growth), and where the entry is written, so a later warning can point at it.
 *
 * @param periods consecutive periods, each starting the day after the one before ends
 * @param line the entry's line in the operating model file (1-based; 0 when not read from a file)
 */
public record ObjectiveAssignment(Subject subject, String name, List<ObjectivePeriod> periods, int line, int column) {

    /** What an entry is about. */
    public enum Subject {
        SKU,
        CATEGORY;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ObjectiveAssignment {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("an objective entry needs at least one period");
        }
    }

    /** Whether the entry is about this SKU, or about the category it belongs to (compared ignoring case). */
    public boolean concerns(Sku sku, String category) {
        return subject == Subject.SKU ? name.equals(sku.value()) : name.equalsIgnoreCase(category);
    }

    /** The period in force on {@code day}, if any. */
    public Optional<ObjectivePeriod> periodOn(LocalDate day) {
        return periods.stream().filter(p -> p.covers(day)).findFirst();
    }

    /** The period after {@code period} in the chain, if any. */
    public Optional<ObjectivePeriod> after(ObjectivePeriod period) {
        int index = periods.indexOf(period);
        return index >= 0 && index + 1 < periods.size() ? Optional.of(periods.get(index + 1)) : Optional.empty();
    }

    /** Every day the chain covers, from its first period's start to its last period's end. */
    public ObjectivePeriod span() {
        return new ObjectivePeriod(periods.get(0).objective(), periods.get(0).from(), periods.get(periods.size() - 1).until());
    }

    /** {@code category Outdoor} or {@code SKU HW-KIT-001}. */
    public String subjectText() {
        return (subject == Subject.SKU ? "SKU " : "category ") + name;
    }

    /** The entry without its place in the file: {@code category Outdoor: launch from … until …, then growth from …}. */
    public String describe() {
        return subjectText() + ": " + periods.stream().map(ObjectivePeriod::describe).collect(Collectors.joining(", then "));
    }
}
