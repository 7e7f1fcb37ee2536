package dev.arbiter.insights;

import dev.arbiter.insights.ActionOutcome.Verdict;
import dev.arbiter.model.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Measures executed actions by difference-in-differences: the unit's N days after the action (the day it was applied
 * left out, as it is partly before) against its N days before, less the same change in a control group of units of
 * the same grain that no action touched within N days either side, from the same SKU where there are enough, else
 * from the same category, with spend in the days before within half to twice the unit's and, where both sold, an
 * ACoS within a factor of 1.5 (the ACoS band is dropped when it leaves too few). The verdict follows the interval of
 * the contribution after ads: above zero it worked, below it did not, across it is inconclusive.
 */
public final class MeasuringOutcomes {
    /** Fewer controls than this and the action is not judged. */
    static final int MIN_CONTROLS = 2;

    private final OutcomeUnits units;
    private final List<ExecutedAction> executed;
    private final int days;
    private final DateRange data;

    /**
     * @param days N, the days compared on each side
     * @param data the days the warehouse holds
     */
    public MeasuringOutcomes(OutcomeUnits units, List<ExecutedAction> executed, int days, DateRange data) {
        if (days < 2) {
            throw new IllegalArgumentException("outcomes need at least 2 days on each side, got " + days);
        }
        this.units = Objects.requireNonNull(units, "units");
        this.executed = List.copyOf(Objects.requireNonNull(executed, "executed"));
        this.days = days;
        this.data = Objects.requireNonNull(data, "data");
    }

    /** The outcome of every executed action, in the order given. */
    public List<ActionOutcome> measure() {
        return executed.stream().map(this::measure).toList();
    }

    private ActionOutcome measure(ExecutedAction action) {
        Optional<String> key = OutcomeUnits.keyOf(action.action());
        if (key.isEmpty()) {
            return outcome(action, "-", Verdict.NOT_MEASURED, "acts on stock, not advertising", 0, Optional.empty());
        }
        DateRange before = new DateRange(action.day().minusDays(days), action.day().minusDays(1));
        DateRange after = new DateRange(action.day().plusDays(1), action.day().plusDays(days));
        long available = Math.max(0, data.to().toEpochDay() - action.day().toEpochDay());
        if (available < days) {
            return outcome(action, key.get(), Verdict.NOT_YET, String.format(Locale.ROOT,
                    "not enough days since execution yet: %d of %d", available, days), 0, Optional.empty());
        }
        Optional<OutcomeUnits.Unit> unit = units.unit(key.get());
        DayTotals treatedBefore = units.over(key.get(), before);
        if (before.from().isBefore(data.from()) || unit.isEmpty() || treatedBefore.spend() <= 0) {
            return outcome(action, key.get(), Verdict.NO_HISTORY, "no ad spend in the " + days
                    + " days before, or fewer days of data", 0, Optional.empty());
        }
        List<String> controls = new ControlGroup(units, executed, days).of(unit.get(), action.day(), before, treatedBefore);
        if (controls.size() < MIN_CONTROLS) {
            return outcome(action, key.get(), Verdict.NO_CONTROL, "fewer than " + MIN_CONTROLS
                    + " similar untouched units to compare with", controls.size(), Optional.empty());
        }
        ActionOutcome.Effects effects = effects(key.get(), controls, before, after);
        DifferenceInDifferences.Estimate contribution = effects.contribution();
        Verdict verdict = contribution.surelyPositive() ? Verdict.WORKED
                : contribution.surelyNegative() ? Verdict.DID_NOT_WORK : Verdict.INCONCLUSIVE;
        String note = String.format(Locale.ROOT, "contribution after ads %+.2f a day (95 %% interval %+.2f to %+.2f)"
                + " against %d controls", contribution.effect(), contribution.low(), contribution.high(), controls.size());
        return outcome(action, key.get(), verdict, note, controls.size(), Optional.of(effects));
    }

    private ActionOutcome.Effects effects(String key, List<String> controls, DateRange before, DateRange after) {
        List<DayTotals> gapsBefore = gaps(key, controls, before);
        List<DayTotals> gapsAfter = gaps(key, controls, after);
        double acosChange = units.over(key, after).acos() - units.over(key, before).acos()
                - (pooled(controls, after).acos() - pooled(controls, before).acos());
        return new ActionOutcome.Effects(did(gapsBefore, gapsAfter, DayTotals::clicks),
                did(gapsBefore, gapsAfter, DayTotals::spend), did(gapsBefore, gapsAfter, DayTotals::sales),
                did(gapsBefore, gapsAfter, DayTotals::orders), did(gapsBefore, gapsAfter, DayTotals::contribution),
                acosChange);
    }

    /** Each day's treated totals less the controls' mean, as totals (a negative gap is a negative total). */
    private List<DayTotals> gaps(String key, List<String> controls, DateRange range) {
        List<DayTotals> gaps = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            DayTotals control = DayTotals.NONE;
            for (String other : controls) {
                control = control.plus(units.on(other, day));
            }
            DayTotals mean = control.dividedBy(controls.size());
            DayTotals treated = units.on(key, day);
            gaps.add(new DayTotals(treated.clicks() - mean.clicks(), treated.spend() - mean.spend(),
                    treated.sales() - mean.sales(), treated.orders() - mean.orders(),
                    treated.contribution() - mean.contribution()));
        }
        return gaps;
    }

    private DayTotals pooled(List<String> keys, DateRange range) {
        return keys.stream().map(key -> units.over(key, range)).reduce(DayTotals.NONE, DayTotals::plus);
    }

    private static DifferenceInDifferences.Estimate did(List<DayTotals> before, List<DayTotals> after,
            ToDoubleFunction<DayTotals> metric) {
        return DifferenceInDifferences.of(before.stream().map(metric::applyAsDouble).toList(),
                after.stream().map(metric::applyAsDouble).toList());
    }

    private static ActionOutcome outcome(ExecutedAction action, String unit, Verdict verdict, String note, int controls,
            Optional<ActionOutcome.Effects> effects) {
        return new ActionOutcome(action.id(), action.action().type(), action.action().describe(), action.day(), unit,
                verdict, note, controls, effects);
    }
}
