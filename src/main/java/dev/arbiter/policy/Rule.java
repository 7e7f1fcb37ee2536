package dev.arbiter.policy;

import dev.arbiter.model.ActionType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IF/THEN on the state of the system (seed 003): when the condition holds, the owner gets the action, or, for a
 * rule without one ({@code then: alert}), whoever reads the report gets an alert.
 *
 * @param action the action the rule fires; empty for an alert
 * @param owner the role the action is for; empty for an alert
 */
public record Rule(String id, Expression when, Optional<ActionType> action, Optional<Role> owner) {
    /** The actions a rule may fire: the ones a SKU's state alone can justify. */
    public static final List<ActionType> FIRABLE = List.of(ActionType.LISTING_REVIEW, ActionType.ADS_PAUSE);

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
        if (action.isPresent() != owner.isPresent()) {
            throw new IllegalArgumentException("rule " + id + " needs both an action and an owner, or neither");
        }
    }

    /** A rule that fires an action for its owner. */
    public static Rule firing(String id, Expression when, ActionType action, Role owner) {
        return new Rule(id, when, Optional.of(action), Optional.of(owner));
    }

    /** A rule that raises an alert. */
    public static Rule alerting(String id, Expression when) {
        return new Rule(id, when, Optional.empty(), Optional.empty());
    }

    /** Whether the rule's condition holds for the state given; a condition that cannot be evaluated does not. */
    public boolean firesFor(Variables state) {
        return when.evaluate(state).holds();
    }

    /** Whether the condition reads a target's state, so it is evaluated once per target of each SKU. */
    public boolean readsTargets() {
        return when.variables().stream().anyMatch(v -> v.key().startsWith("target."));
    }

    /** What the rule does, as the operating model writes it: {@code listing.review for ecommerce} or {@code alert}. */
    public String consequence() {
        return action.map(type -> type.key() + " for " + owner.orElseThrow().key()).orElse("alert");
    }
}
