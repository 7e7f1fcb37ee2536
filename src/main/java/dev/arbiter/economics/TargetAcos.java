package dev.arbiter.economics;

import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import java.util.Objects;

/**
 * The ACoS a SKU's advertising may run at, set by its objective (DESIGN.md, Economics): profit keeps the
 * required margin below break-even, growth spends up to break-even, launch and clear-stock invest an allowance
 * above it, defend holds branded terms at a cap.
 */
public final class TargetAcos {
    private TargetAcos() {}

    /**
     * The target ACoS as a fraction, never below 0; NaN when the objective depends on a break-even ACoS that is
     * unknown (a SKU without revenue). Defend does not depend on break-even: it is always the cap.
     */
    public static double of(Objective objective, double breakEvenAcos, ObjectiveTerms terms) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(terms, "terms");
        double target =
                switch (objective) {
                    case PROFIT -> breakEvenAcos - terms.requiredMargin();
                    case GROWTH -> breakEvenAcos;
                    case LAUNCH -> breakEvenAcos + terms.launchAcosAllowance();
                    case DEFEND -> terms.defendAcosCap();
                    case CLEAR_STOCK -> breakEvenAcos + terms.clearStockAcosAllowance();
                };
        return Double.isNaN(target) ? Double.NaN : Math.max(0, target);
    }
}
