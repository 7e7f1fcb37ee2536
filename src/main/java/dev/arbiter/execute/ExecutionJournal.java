package dev.arbiter.execute;

import java.time.Instant;
import java.util.Optional;

/**
 * One execution record per approved action, written before its effect is sent and completed after, so that a run
 * interrupted between the two is recognised and reconciled by the next.
 */
public interface ExecutionJournal {

    Optional<ExecutionRecord> find(String actionId);

    /** Records that the action is about to be sent through {@code channel}; counts an attempt. */
    void sending(String actionId, String channel, String detail, Instant at);

    /** Records that the action's effect is in place. */
    void applied(String actionId, String channel, String detail, Instant at);

    /** Records why the action could not be applied; a later run tries again. */
    void failed(String actionId, String channel, String detail, Instant at);
}
