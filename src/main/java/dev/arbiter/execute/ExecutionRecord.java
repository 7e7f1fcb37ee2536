package dev.arbiter.execute;

import java.time.Instant;
import java.util.Objects;

/** What the journal knows of one approved action's execution: the channel, where it stands, and why. */
public record ExecutionRecord(String actionId, String channel, State state, String detail, int attempts, Instant at) {

    /** Where an execution stands: sent but not confirmed, applied, or failed (and to be tried again). */
    public enum State {
        SENDING,
        APPLIED,
        FAILED
    }

    public ExecutionRecord {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
