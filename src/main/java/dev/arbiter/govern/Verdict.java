package dev.arbiter.govern;

import dev.arbiter.policy.Role;
import java.util.Objects;
import java.util.Optional;

/** What the operating model says about a proposed action: it goes, it waits for a role, or a guardrail blocks it. */
public sealed interface Verdict permits Verdict.AutoApproved, Verdict.Awaiting, Verdict.Blocked {

    Status status();

    /** One line for people. */
    String describe();

    /** The role that must decide, for an action that waits. */
    Optional<Role> awaitedRole();

    /** The guardrail that blocked the action, for a blocked one. */
    Optional<String> blockedBy();

    /** Why it waits or is blocked; empty for an action that goes. */
    String reason();

    /** Reversible and inside local authority and every guardrail: applied without asking anyone. */
    record AutoApproved() implements Verdict {
        @Override
        public Status status() {
            return Status.AUTO_APPROVED;
        }

        @Override
        public String describe() {
            return "auto-approved: reversible, inside local authority and every guardrail";
        }

        @Override
        public Optional<String> blockedBy() {
            return Optional.empty();
        }

        @Override
        public String reason() {
            return "";
        }

        @Override
        public Optional<Role> awaitedRole() {
            return Optional.empty();
        }
    }

    /** Waits for a person of {@code role}, for the reason given. */
    record Awaiting(Role role, String reason) implements Verdict {
        public Awaiting {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Status status() {
            return Status.AWAITING;
        }

        @Override
        public String describe() {
            return "awaiting " + role.key() + ": " + reason;
        }

        @Override
        public Optional<String> blockedBy() {
            return Optional.empty();
        }

        @Override
        public Optional<Role> awaitedRole() {
            return Optional.of(role);
        }
    }

    /** Refused by a guardrail; only a change to the operating model lets it through. */
    record Blocked(String guardrailId, String reason) implements Verdict {
        public Blocked {
            Objects.requireNonNull(guardrailId, "guardrailId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Status status() {
            return Status.BLOCKED;
        }

        @Override
        public String describe() {
            return "blocked by " + guardrailId + ": " + reason;
        }

        @Override
        public Optional<String> blockedBy() {
            return Optional.of(guardrailId);
        }

        @Override
        public Optional<Role> awaitedRole() {
            return Optional.empty();
        }
    }
}
