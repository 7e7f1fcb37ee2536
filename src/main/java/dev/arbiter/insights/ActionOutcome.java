package dev.arbiter.insights;

import dev.arbiter.model.ActionType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one executed action did to its unit, against a control group of similar untouched units.
 *
 * @param unit the target, SKU or campaign measured ({@code keyword:…}, {@code sku:…}, {@code campaign:…})
 * @param controls how many untouched units the control group holds
 * @param effects the effects per day, when measured
 */
public record ActionOutcome(String id, ActionType type, String description, LocalDate executedOn, String unit,
        Verdict verdict, String note, int controls, Optional<Effects> effects) {

    public ActionOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(executedOn, "executedOn");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(effects, "effects");
    }

    /** How an action fared, judged on its contribution after ads; the last four mean it could not be judged. */
    public enum Verdict {
        WORKED("worked"),
        DID_NOT_WORK("did not work"),
        INCONCLUSIVE("inconclusive"),
        NOT_YET("not yet"),
        NO_HISTORY("no history"),
        NO_CONTROL("no control"),
        NOT_MEASURED("not measured");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether an effect was estimated. */
        public boolean measured() {
            return this == WORKED || this == DID_NOT_WORK || this == INCONCLUSIVE;
        }
    }

    /**
     * Difference-in-differences per day of each metric, and the change of ACoS against the controls' change.
     *
     * @param acosChange (treated ACoS after − before) − (controls' after − before); NaN where one side sold nothing
     */
    public record Effects(DifferenceInDifferences.Estimate clicks, DifferenceInDifferences.Estimate spend,
            DifferenceInDifferences.Estimate sales, DifferenceInDifferences.Estimate orders,
            DifferenceInDifferences.Estimate contribution, double acosChange) {}
}
