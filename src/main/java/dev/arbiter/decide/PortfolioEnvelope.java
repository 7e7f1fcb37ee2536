package dev.arbiter.decide;

import dev.arbiter.model.Money;
import dev.arbiter.policy.BudgetKind;
import java.util.Objects;

/**
 * A portfolio's monthly envelope from the operating model's {@code budgets:} and whether it is released now (its
 * {@code release_when} evaluated on the portfolio's own SKUs).
 *
 * @param condition the release condition as written, empty when the envelope has none
 */
public record PortfolioEnvelope(String portfolio, BudgetKind kind, Money monthly, boolean released, String condition) {
    private static final double DAYS_PER_MONTH = 365.0 / 12;

    public PortfolioEnvelope {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(condition, "condition");
    }

    /** The envelope per day: monthly × 12 / 365. */
    public double daily() {
        return monthly.amount().doubleValue() / DAYS_PER_MONTH;
    }

    /** Whether growth may draw on it: a released envelope that is not defensive. */
    public boolean growthAllowed() {
        return released && kind != BudgetKind.DEFENSIVE;
    }

    /** The envelope's state in words, e.g. {@code growth, released} or {@code growth, withheld: <condition> fails}. */
    public String state() {
        if (kind == BudgetKind.DEFENSIVE) {
            return "defensive, held as set";
        }
        return released ? kind.key() + ", released" : kind.key() + ", withheld: " + condition + " does not hold";
    }
}
