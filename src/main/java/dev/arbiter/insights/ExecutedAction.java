package dev.arbiter.insights;

import dev.arbiter.model.Action;
import java.time.LocalDate;
import java.util.Objects;

/** An action the ledger says was applied, and the day it was applied on. */
public record ExecutedAction(String id, Action action, LocalDate day) {
    public ExecutedAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(day, "day");
    }
}
