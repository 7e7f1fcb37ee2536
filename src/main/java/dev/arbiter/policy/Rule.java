package dev.arbiter.policy;

import dev.arbiter.model.ActionType;
import java.util.Objects;

/** An IF/THEN on the state of the system (seed 003): when the condition holds, the owner gets the action. */
public record Rule(String id, Expression when, ActionType action, Role owner) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
    }

    /** Whether the rule's condition holds for the state given; a condition that cannot be evaluated does not. */
    public boolean firesFor(Variables state) {
        return when.evaluate(state).holds();
    }
}
