package dev.arbiter.policy;

import dev.arbiter.model.ActionType;
import java.util.Objects;
import java.util.Set;

/** A central rule, owned by finance or the CMO, that every action of the listed types must satisfy. */
public record Guardrail(
        String id, Role owner, Set<ActionType> appliesTo, Severity severity, Expression require, String because) {
    public Guardrail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        appliesTo = Set.copyOf(appliesTo);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(require, "require");
        Objects.requireNonNull(because, "because");
    }

    public boolean appliesTo(ActionType type) {
        return appliesTo.contains(type);
    }
}
