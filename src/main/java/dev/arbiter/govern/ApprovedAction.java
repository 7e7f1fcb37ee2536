package dev.arbiter.govern;

import dev.arbiter.model.Action;
import java.util.Objects;

/**
 * An action the operating model lets through, auto-approved or approved by its role: the only form in which an
 * action reaches execution (STYLE.md, states as types). Obtained from {@link LedgerEntry#approved()}.
 */
public record ApprovedAction(String id, Action action) {
    public ApprovedAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
    }
}
