package dev.arbiter.execute;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One execution record per approved action, written before its effect is sent and completed after, so that a run
 * interrupted between the two is recognised and reconciled by the next.
 */
public interface ExecutionJournal {

    Optional<ExecutionRecord> find(String actionId);

    /** Records that the action is about to be sent through {@code channel}; counts an attempt. */
    void sending(String actionId, String channel, String detail, Instant at);

    /** Records that the actions are about to be sent, as {@link #sending} does each; a store may commit them together. */
    default void sendingAll(List<String> actionIds, String channel, String detail, Instant at) {
        for (String actionId : actionIds) {
            sending(actionId, channel, detail, at);
        }
    }

    /** Records that the effects are in place (action id to detail, in order); a store may commit them together. */
    default void appliedAll(Map<String, String> details, String channel, Instant at) {
        details.forEach((actionId, detail) -> applied(actionId, channel, detail, at));
    }

    /** Records that the action's effect is in place. */
    void applied(String actionId, String channel, String detail, Instant at);

    /** Records why the action could not be applied; a later run tries again. */
    void failed(String actionId, String channel, String detail, Instant at);
}
