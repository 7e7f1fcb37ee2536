package dev.arbiter.model;

import java.util.Objects;

/**
 * The numbers of an action that decision rights and guardrails test.
 *
 * @param oldValue the value before (a bid, a budget, 1 for enabled); 0 where nothing existed
 * @param newValue the value after
 * @param stepPct the relative change, (new - old) / old; 0 where old is 0
 * @param valueAtStake the money the action commits or moves (an order's cost, a budget's monthly change)
 */
public record ActionFacts(double oldValue, double newValue, double stepPct, Money valueAtStake) {
    public ActionFacts {
        Objects.requireNonNull(valueAtStake, "valueAtStake");
    }

    public static ActionFacts change(Money before, Money after, Money valueAtStake) {
        double old = before.amount().doubleValue();
        double now = after.amount().doubleValue();
        return new ActionFacts(old, now, old == 0 ? 0 : (now - old) / old, valueAtStake);
    }
}
