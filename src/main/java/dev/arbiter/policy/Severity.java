package dev.arbiter.policy;

import java.util.Optional;

/** What a failing guardrail does: block the action, or escalate it to a role. */
public sealed interface Severity permits Severity.Block, Severity.Escalate {

    /** The role a failing action is sent to; empty when it is blocked outright. */
    Optional<Role> escalatesTo();

    /** As the file writes it: {@code block} or {@code escalate: cmo}. */
    String describe();

    /** A failing check blocks the action. */
    record Block() implements Severity {
        @Override
        public Optional<Role> escalatesTo() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "block";
        }
    }

    /** A failing check sends the action to a role instead of letting it go automatically. */
    record Escalate(Role role) implements Severity {
        public Escalate {
            java.util.Objects.requireNonNull(role, "role");
        }

        @Override
        public Optional<Role> escalatesTo() {
            return Optional.of(role);
        }

        @Override
        public String describe() {
            return "escalate: " + role.key();
        }
    }
}
