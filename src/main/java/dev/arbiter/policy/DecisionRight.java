package dev.arbiter.policy;

import dev.arbiter.model.ActionType;
import java.util.Objects;
import java.util.Optional;

/**
 * Who decides one type of action, who approves it outside local authority, and whether it may ever go automatically.
 *
 * @param autoWithin the local authority of the deciding role
 * @param reversible false for type-1 decisions, which always wait for a person
 */
public record DecisionRight(
        ActionType type, Role decides, Optional<Role> approves, AuthorityLimit autoWithin, boolean reversible) {
    public DecisionRight {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decides, "decides");
        Objects.requireNonNull(approves, "approves");
        Objects.requireNonNull(autoWithin, "autoWithin");
    }

    /** The role an action outside local authority waits for: the approver, else the deciding role. */
    public Role escalatesTo() {
        return approves.orElse(decides);
    }

    /** Whether this role holds the right: it decides, it approves, or it is the CMO who arbitrates. */
    public boolean heldBy(Role role) {
        return role == decides || approves.filter(role::equals).isPresent() || role == Role.CMO;
    }
}
