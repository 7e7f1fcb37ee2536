package dev.arbiter.report;

import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import java.util.Objects;

/**
 * The ACoS an objective allows, given the break-even ACoS (CM1 / revenue), as DESIGN.md defines it:
 * profit keeps the required margin, growth runs at break-even, launch and clear_stock may go above it,
 * defend holds the cap on branded terms.
 */
record TargetAcos(ObjectiveTerms terms) {

    TargetAcos {
        Objects.requireNonNull(terms, "terms");
    }

    double of(Objective objective, double breakEvenAcos) {
        return switch (objective) {
            case PROFIT -> breakEvenAcos - terms.requiredMargin();
            case GROWTH -> breakEvenAcos;
            case LAUNCH -> breakEvenAcos + terms.launchAcosAllowance();
            case DEFEND -> terms.defendAcosCap();
            case CLEAR_STOCK -> breakEvenAcos + terms.clearStockAcosAllowance();
        };
    }
}
