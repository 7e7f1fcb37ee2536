package dev.arbiter.govern;

import java.util.Objects;

/** The result of asking to approve or reject an action: decided, or refused with the reason (not an exception). */
public sealed interface DecisionOutcome permits DecisionOutcome.Decided, DecisionOutcome.Refused {

    boolean accepted();

    String describe();

    /** The decision was recorded; the entry shows the new state. */
    record Decided(LedgerEntry entry) implements DecisionOutcome {
        public Decided {
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public boolean accepted() {
            return true;
        }

        @Override
        public String describe() {
            return entry.id() + " is now " + entry.status().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Nothing changed, for the reason given (the role lacks the right, or the action is not awaiting). */
    record Refused(String reason) implements DecisionOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean accepted() {
            return false;
        }

        @Override
        public String describe() {
            return "refused: " + reason;
        }
    }
}
