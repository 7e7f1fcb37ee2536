package dev.arbiter.report;

import dev.arbiter.economics.Contribution;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import java.util.Objects;

/**
 * How the SKUs sharing one objective are doing: their revenue and contribution, and their ACoS against
 * the target ACoS the objective allows at their combined break-even.
 *
 * @param targetAcos the objective's target at the group's break-even ACoS (NaN without revenue)
 * @param skusAboveTarget SKUs whose own ACoS is above their own target ACoS
 */
public record ObjectiveLine(
        Objective objective, int skus, Contribution contribution, Money adSales, double targetAcos, int skusAboveTarget) {

    public ObjectiveLine {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(adSales, "adSales");
    }

    /** Ad spend / ad sales; NaN without ad sales. */
    public double acos() {
        return contribution.adSpend().ratioTo(adSales);
    }

    /** Whether advertising runs within the ACoS the objective allows. */
    public Standing standing() {
        if (contribution.adSpend().isZero()) {
            return Standing.NOT_ADVERTISED;
        }
        if (Double.isNaN(targetAcos)) {
            return Standing.NO_REVENUE;
        }
        double acos = acos();
        return !Double.isNaN(acos) && acos <= targetAcos ? Standing.WITHIN_TARGET : Standing.ABOVE_TARGET;
    }

    /** An objective's ACoS against its target. */
    public enum Standing {
        WITHIN_TARGET("within target"),
        ABOVE_TARGET("above target"),
        NOT_ADVERTISED("not advertised"),
        NO_REVENUE("no revenue");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
