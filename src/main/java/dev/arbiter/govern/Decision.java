package dev.arbiter.govern;

import dev.arbiter.policy.Role;
import java.time.Instant;
import java.util.Objects;

/** Who approved or rejected an action, in which role, when, and what they said. */
public record Decision(String decidedBy, Role role, Instant at, String comment) {
    public Decision {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(comment, "comment");
    }
}
