package dev.arbiter.insights;

import dev.arbiter.model.DateRange;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The untouched units a treated unit is compared with: same grain, no executed action on them within N days either
 * side of the treated action (for a SKU, none on any of its targets either; for a target or campaign, none on its
 * whole SKU), from the same SKU when that leaves enough, else the same category; similar spend in the
 * days before (half to twice), and a similar ACoS (within a factor of 1.5) unless that leaves too few.
 */
final class ControlGroup {
    private static final double SPEND_BAND = 2.0;
    private static final double ACOS_BAND = 1.5;

    private final OutcomeUnits units;
    private final List<ExecutedAction> executed;
    private final int days;

    ControlGroup(OutcomeUnits units, List<ExecutedAction> executed, int days) {
        this.units = units;
        this.executed = executed;
        this.days = days;
    }

    List<String> of(OutcomeUnits.Unit treated, LocalDate day, DateRange before, DayTotals treatedBefore) {
        Set<String> touched = new HashSet<>();
        Set<Sku> skusActedOn = new HashSet<>();
        Set<Sku> skusMeasured = new HashSet<>();
        for (ExecutedAction other : executed) {
            if (Math.abs(other.day().toEpochDay() - day.toEpochDay()) <= days) {
                Optional<String> key = OutcomeUnits.keyOf(other.action());
                key.ifPresent(touched::add);
                other.action().servedSku().ifPresent(skusActedOn::add);
                if (key.filter(k -> k.startsWith("sku:")).isPresent()) {
                    other.action().servedSku().ifPresent(skusMeasured::add);
                }
            }
        }
        // A SKU is touched by any action on it; a target or campaign by its own action or one on its whole SKU.
        Set<Sku> skuTouched = treated.grain().equals("sku") ? skusActedOn : skusMeasured;
        List<OutcomeUnits.Unit> untouched = units.ofGrain(treated.grain()).stream()
                .filter(unit -> !unit.key().equals(treated.key()) && !touched.contains(unit.key())
                        && !skuTouched.contains(unit.sku()))
                .filter(unit -> similarSpend(units.over(unit.key(), before), treatedBefore))
                .toList();
        for (Predicate<OutcomeUnits.Unit> scope : List.<Predicate<OutcomeUnits.Unit>>of(
                unit -> unit.sku().equals(treated.sku()), unit -> unit.category().equals(treated.category()))) {
            List<OutcomeUnits.Unit> inScope = untouched.stream().filter(scope).toList();
            List<String> banded = inScope.stream()
                    .filter(unit -> similarAcos(units.over(unit.key(), before), treatedBefore))
                    .map(OutcomeUnits.Unit::key).toList();
            if (banded.size() >= MeasuringOutcomes.MIN_CONTROLS) {
                return banded;
            }
            if (inScope.size() >= MeasuringOutcomes.MIN_CONTROLS) {
                return inScope.stream().map(OutcomeUnits.Unit::key).toList();
            }
        }
        return List.of();
    }

    private static boolean similarSpend(DayTotals candidate, DayTotals treated) {
        return candidate.spend() >= treated.spend() / SPEND_BAND && candidate.spend() <= treated.spend() * SPEND_BAND;
    }

    /** Both without sales, or both with an ACoS within the band of each other. */
    private static boolean similarAcos(DayTotals candidate, DayTotals treated) {
        if (Double.isNaN(treated.acos()) || Double.isNaN(candidate.acos())) {
            return Double.isNaN(treated.acos()) && Double.isNaN(candidate.acos());
        }
        return candidate.acos() >= treated.acos() / ACOS_BAND && candidate.acos() <= treated.acos() * ACOS_BAND;
    }
}
