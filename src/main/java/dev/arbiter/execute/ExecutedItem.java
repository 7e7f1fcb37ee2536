package dev.arbiter.execute;

import java.util.Locale;
import java.util.Objects;

/** What one run of the executor did with one approved action. */
public record ExecutedItem(String id, String action, Outcome outcome, String detail) {

    /** The four things that can happen to an approved action in a run. */
    public enum Outcome {
        EXECUTED,
        ALREADY_EXECUTED,
        FAILED,
        WOULD_SEND;

        /** The name printed by {@code arbiter execute}: {@code already_executed}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ExecutedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
