package dev.arbiter.model;

/**
 * The numbers the operating model attaches to objectives, in the form economics needs them.
 *
 * @param requiredMargin profit: the contribution margin that must remain after ads (0.10 = 10 % of revenue)
 * @param launchAcosAllowance launch: ACoS allowed above break-even while the launch lasts
 * @param launchMaxWeeks launch: how long a launch may invest before it falls back
 * @param defendAcosCap defend: the ACoS cap held on branded terms
 * @param clearStockAcosAllowance clear_stock: ACoS allowed above break-even while cover exceeds the target
 * @param clearStockCoverDays clear_stock: days of cover above which stock is cleared
 */
public record ObjectiveTerms(
        double requiredMargin,
        double launchAcosAllowance,
        int launchMaxWeeks,
        double defendAcosCap,
        double clearStockAcosAllowance,
        int clearStockCoverDays) {

    public static ObjectiveTerms defaults() {
        return new ObjectiveTerms(0.10, 0.15, 8, 0.25, 0.05, 90);
    }
}
